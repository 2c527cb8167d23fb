package vn.cchc.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.org.UnitKind;
import vn.cchc.shared.VietnamTime;

/**
 * Demo profile: the plans of seed 001 (Bắc Nha Trang, all appendix tasks) and seed 002 (An Nhơn Đông,
 * appendix 1 targets and appendix 2 tasks), read from {@code demo/*.tsv}. Deadlines go through the same
 * parser as the task form, so a phrase it cannot read stops the start-up.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    /** "*" in the seed files: every other unit of the People's Committee ("các phòng, ban chuyên môn"); the police is not one. */
    private static final Set<UnitKind> COMMITTEE_UNITS = EnumSet.of(UnitKind.OFFICE, UnitKind.CULTURE_SOCIAL,
            UnitKind.ECONOMIC, UnitKind.SERVICE_CENTRE, UnitKind.PUBLIC_SERVICE);

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final OrgDirectory org;
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    private final java.time.Clock clock;

    private final IssueRequestRepository issueRequests;

    DemoPlans(JdbcClient jdbc, PlanRepository plans, OrgDirectory org, java.time.Clock clock,
              IssueRequestRepository issueRequests) {
        this.issueRequests = issueRequests;
        this.clock = clock;
        this.jdbc = jdbc;
        this.plans = plans;
        this.org = org;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long bnt = commune("Phường Bắc Nha Trang");
        Long and = commune("Phường An Nhơn Đông");
        if (bnt == null || and == null || !plans.plans(bnt).isEmpty()) {
            return;
        }
        PlanForm bntPlan = plan(PlanKind.PAR_INDEX,
                "Kế hoạch nâng cao Chỉ số cải cách hành chính của UBND phường Bắc Nha Trang năm 2025",
                PeriodType.MONTH, null, "TM. Ủy ban nhân dân – Chủ tịch Lê Đại Dương",
                "Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh Khánh Hòa về Cải thiện và nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Khánh Hòa năm 2025");
        long bntId = plans.insertPlan(bnt, bntPlan);
        plans.setStatus(bnt, bntId, PlanStatus.ISSUED);
        int bntTasks = loadTasks(bnt, bntId, "demo/bac-nha-trang-2025-tasks.tsv");

        PlanForm andPlan = plan(PlanKind.ANNUAL, "Kế hoạch cải cách hành chính phường An Nhơn Đông năm 2025",
                PeriodType.QUARTER, null, null, null);
        long andId = plans.insertPlan(and, andPlan);
        plans.setStatus(and, andId, PlanStatus.ISSUED);
        int andTargets = loadTargets(and, andId, "demo/an-nhon-dong-2025-targets.tsv");
        int andTasks = loadTasks(and, andId, "demo/an-nhon-dong-2025-tasks.tsv");
        log.info("Demo plans loaded: Bắc Nha Trang {} tasks; An Nhơn Đông {} targets, {} tasks", bntTasks, andTargets, andTasks);

        // So that reminders, open reporting periods and the dashboard have a running year to show, Bắc Nha Trang also
        // gets this year's plan: the 2025 appendix with its dates moved to this year, marked as an illustration.
        int year = VietnamTime.today(clock).getYear();
        if (year > 2025) {
            PlanForm current = plan(PlanKind.ANNUAL,
                    "Kế hoạch cải cách hành chính năm " + year + " của UBND phường Bắc Nha Trang (minh họa, dựng từ kế hoạch năm 2025)",
                    PeriodType.MONTH, null, null, null);
            current.setPeriodCode(String.valueOf(year));
            long currentId = plans.insertPlan(bnt, current);
            plans.setStatus(bnt, currentId, PlanStatus.ISSUED);
            loadTasks(bnt, currentId, "demo/bac-nha-trang-2025-tasks.tsv", String.valueOf(year));
        }
        draftSentForIssuing(bnt, year);
    }

    /** A draft the standing agency has sent to the chairman, so bnt.chutich's summary has a plan to issue. */
    private void draftSentForIssuing(long bnt, int year) {
        PlanForm draft = plan(PlanKind.PROPAGANDA,
                "Kế hoạch tuyên truyền cải cách hành chính năm " + year + " của UBND phường Bắc Nha Trang",
                PeriodType.QUARTER, null, null, null);
        draft.setPeriodCode(String.valueOf(year));
        draft.setDecisionNumber("45/KH-UBND");
        draft.setDecisionDate(VietnamTime.today(clock));
        long id = plans.insertPlan(bnt, draft);
        org.withRole(bnt, Role.STANDING_AGENCY).stream().findFirst().ifPresent(drafter -> issueRequests.save(bnt, id,
                drafter.userId(), clock.instant(), "Dự thảo đã lấy ý kiến các phòng, kính trình Chủ tịch ban hành."));
    }

    private Long commune(String name) {
        // Read model: demo data finds its commune by the name the org module's demo data gave it.
        return jdbc.sql("select id from commune where name = ?").param(name).query(Long.class).optional().orElse(null);
    }

    private static PlanForm plan(PlanKind kind, String title, PeriodType cadence, String number, String signer,
                                 String legalBases) {
        PlanForm f = new PlanForm();
        f.setKind(kind);
        f.setTitle(title);
        f.setPeriodCode("2025");
        f.setReportingCadence(cadence);
        f.setDecisionNumber(number);
        f.setSigner(signer);
        f.setLegalBases(legalBases);
        return f;
    }

    private int loadTasks(long communeId, long planId, String resource) {
        return loadTasks(communeId, planId, resource, "2025");
    }

    /** Loads tasks with every "2025" of the seed read as {@code year}. */
    private int loadTasks(long communeId, long planId, String resource, String year) {
        Map<String, Unit> units = unitsByShortName(communeId);
        Plan plan = plans.plan(communeId, planId).orElseThrow();
        DeadlinePhraseParser.ParseContext context =
                new DeadlinePhraseParser.ParseContext(plan.year(), plan.reportingCadence());
        List<String[]> rows = rows(resource, 8);
        for (String[] seed : rows) {
            String[] r = java.util.Arrays.stream(seed).map(c -> c.replace("2025", year)).toArray(String[]::new);
            long lead = unit(units, r[5]).id();
            DeadlinePhraseParser.ParseResult parsed = parser.parse(r[4], context);
            if (!(parsed instanceof DeadlinePhraseParser.ParseResult.Parsed p)) {
                throw new IllegalStateException("Demo deadline not understood: " + r[4]);
            }
            plans.insertTask(communeId, planId, new PlanRepository.NewTask(r[0], r[1], r[2], r[3], lead,
                    coordinators(units, r[6], lead), r[4], p.rule(), r[7].isBlank() ? null : r[7]));
        }
        return rows.size();
    }

    private int loadTargets(long communeId, long planId, String resource) {
        Map<String, Unit> units = unitsByShortName(communeId);
        List<String[]> rows = rows(resource, 8);
        for (String[] r : rows) {
            TargetForm f = new TargetForm();
            f.setAreaCode(r[0]);
            f.setCode(r[1]);
            f.setText(r[2]);
            f.setMetricKind(MetricKind.valueOf(r[3]));
            f.setComparator(Comparator.valueOf(r[4]));
            f.setResponsibleUnitId(unit(units, r[6]).id());
            f.setIndicatorCode(r[7].isBlank() ? null : r[7]);
            plans.insertTarget(communeId, planId, f, new BigDecimal(r[5]));
        }
        return rows.size();
    }

    private Map<String, Unit> unitsByShortName(long communeId) {
        return org.units(communeId).stream().collect(Collectors.toMap(Unit::shortName, u -> u));
    }

    private static Unit unit(Map<String, Unit> units, String shortName) {
        Unit unit = units.get(shortName.strip());
        if (unit == null) {
            throw new IllegalStateException("Demo unit not found: " + shortName);
        }
        return unit;
    }

    private static List<Long> coordinators(Map<String, Unit> units, String column, long lead) {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        for (String token : column.split(",")) {
            String t = token.strip();
            if (t.equals("*")) {
                units.values().stream().filter(u -> COMMITTEE_UNITS.contains(u.kind()))
                        .sorted(java.util.Comparator.comparing(Unit::id)).forEach(u -> ids.add(u.id()));
            } else if (!t.isEmpty()) {
                ids.add(unit(units, t).id());
            }
        }
        ids.remove(lead);
        return new ArrayList<>(ids);
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] r = line.split("\t", -1);
                if (r.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in " + line);
                }
                rows.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
