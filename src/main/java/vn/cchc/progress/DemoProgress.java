package vn.cchc.progress;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.evidence.DocumentKind;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.shared.VietnamTime;

/**
 * Demo profile: a year of unit reports for the demo plans, so the dashboard, the reporting matrix and the unit pages
 * show real figures. Periods already past due are reported and accepted (most on time, some late or returned once);
 * the period now open has a mix of drafts, submitted and missing reports. Deterministic (fixed seed).
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoProgress implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);
    private static final java.util.Set<String> DEMO_COMMUNES = java.util.Set.of("Phường Bắc Nha Trang", "Phường An Nhơn Đông");

    private final PlanQueries plans;
    private final Obligations obligations;
    private final ReportingSchedule schedule;
    private final ReportRepository repository;
    private final ReportVersionRepository versionStore;
    private final ReportItems items;
    private final OrgDirectory org;
    private final EvidenceService evidence;
    private final ReportService reports;
    private final Clock clock;
    private final ReportLineSync lineSync;

    DemoProgress(PlanQueries plans, Obligations obligations, ReportingSchedule schedule, ReportRepository repository,
                 ReportVersionRepository versionStore, ReportItems items, OrgDirectory org, EvidenceService evidence,
                 ReportService reports, ReportLineSync lineSync, Clock clock) {
        this.lineSync = lineSync;
        this.reports = reports;
        this.plans = plans;
        this.obligations = obligations;
        this.schedule = schedule;
        this.repository = repository;
        this.versionStore = versionStore;
        this.items = items;
        this.org = org;
        this.evidence = evidence;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = VietnamTime.today(clock);
        List<Plan> demoPlans = plans.issuedPlans().stream()
                .filter(p -> DEMO_COMMUNES.contains(org.commune(p.communeId()).name())).toList();
        // Only on the first start: plans a user adds later to a demo commune never get invented reports.
        if (demoPlans.stream().anyMatch(p -> !repository.reports(p.communeId(), p.id()).isEmpty())) {
            return;
        }
        int reports = 0;
        for (Plan plan : demoPlans) {
            reports += fill(plan, today);
        }
        if (reports > 0) {
            log.info("Demo progress loaded: {} unit reports", reports);
        }
    }

    private int fill(Plan plan, LocalDate today) {
        Random random = new Random(plan.id() * 7919L);
        long communeId = plan.communeId();
        Recipient reviewer = org.withRole(communeId, Role.LEADER).get(0);
        List<Obligation> all = obligations.of(plan, plan.period().start());
        List<Long> units = all.stream().map(Obligation::unitId).distinct().sorted().toList();
        java.util.Map<Long, List<Recipient>> people = new java.util.HashMap<>();
        units.forEach(u -> people.put(u, org.peopleOf(communeId, u)));
        int count = 0;
        for (ReportingPeriod period : schedule.periods(plan)) {
            if (!period.opened(today)) {
                break;
            }
            boolean current = !period.expectedBy(today);
            int n = 0;
            for (long unitId : units) {
                List<Obligation> owed = all.stream().filter(o -> o.unitId() == unitId && o.due() != null
                        && !o.due().isBefore(period.start()) && !o.due().isAfter(period.end())).toList();
                if (owed.isEmpty() || people.get(unitId).isEmpty()) {
                    continue;
                }
                // The open period: the first unit has submitted, the next is drafting, the third has not started.
                int turn = n++ % 3;
                if (current && turn == 2) {
                    continue;
                }
                Recipient author = people.get(unitId).get(0);
                boolean late = !current && random.nextInt(8) == 0;
                LocalDate submitted = current ? today : late ? period.due().plusDays(1 + random.nextInt(4))
                        : period.due().minusDays(random.nextInt(4));
                count++;
                long reportId = repository.ensureReport(communeId, plan.id(), unitId, period.code());
                items.insertLines(communeId, reportId, owed.stream().map(o -> new ReportItems.NewLine(
                        o.taskId(), o.occurrenceDue(), o.role(), statement(o, random, submitted))).toList());
                if (!current && random.nextInt(6) == 0) {
                    attachEvidence(communeId, unitId, author, reportId, period);
                }
                if (current) {
                    if (turn == 1) {
                        // The draft being filled has every line its unit owes, as if the unit had opened it.
                        lineSync.syncEditable(plan, List.of(repository.report(communeId, reportId).orElseThrow()));
                    }
                    if (turn == 0) {
                        submit(communeId, reportId, 1, author, today, false, plan);
                        repository.transition(communeId, reportId, 0, ReportState.DRAFT, ReportState.DRAFT,
                                ReportState.SUBMITTED, clock.instant(), true);
                    }
                    continue;
                }
                long versionId = submit(communeId, reportId, 1, author, submitted, late, plan);
                LocalDate last = submitted;
                if (random.nextInt(10) == 0) {
                    versionStore.decide(communeId, versionId, "RETURNED", reviewer.userId(), at(submitted.plusDays(1)),
                            "Đề nghị bổ sung tài liệu minh chứng cho các nhiệm vụ đã hoàn thành.");
                    last = submitted.plusDays(3);
                    versionId = submit(communeId, reportId, 2, author, last, period.late(last), plan);
                }
                versionStore.decide(communeId, versionId, "ACCEPTED", reviewer.userId(), at(last.plusDays(1)), null);
                repository.markDemoAccepted(communeId, reportId, at(last));
            }
        }
        return count;
    }

    /** Most occurrences done on time, some late, a few still in progress; nothing completed after the report. */
    private static StatementRepository.Statement statement(Obligation o, Random random, LocalDate reportedOn) {
        int roll = random.nextInt(100);
        if (roll < 78) {
            LocalDate on = o.due().minusDays(random.nextInt(5));
            return done(o, ItemStatus.DONE, on.isAfter(reportedOn) ? null : on);
        }
        if (roll < 90) {
            LocalDate on = o.due().plusDays(1 + random.nextInt(8));
            return done(o, ItemStatus.DONE_LATE, on.isAfter(reportedOn) ? null : on);
        }
        return new StatementRepository.Statement(o.taskId(), o.unitId(), o.role(), o.occurrenceDue(),
                ItemStatus.IN_PROGRESS, 40 + random.nextInt(50), null, "Đang triển khai, dự kiến hoàn thành trong tháng tới.",
                null, null);
    }

    private static StatementRepository.Statement done(Obligation o, ItemStatus status, LocalDate on) {
        if (on == null) {
            return new StatementRepository.Statement(o.taskId(), o.unitId(), o.role(), o.occurrenceDue(),
                    ItemStatus.IN_PROGRESS, 70, null, "Đang hoàn thiện.", null, null);
        }
        return new StatementRepository.Statement(o.taskId(), o.unitId(), o.role(), o.occurrenceDue(), status, 100,
                o.requiredQuantity() == null ? null : java.math.BigDecimal.valueOf(o.requiredQuantity()),
                "Đã thực hiện theo kế hoạch.", null, on);
    }

    private long submit(long communeId, long reportId, int versionNo, Recipient by, LocalDate on, boolean late,
                        Plan plan) {
        long versionId = versionStore.insertVersion(communeId, reportId, versionNo, at(on), by.userId(), late);
        reports.snapshot(plan, reportId, versionId);
        return versionId;
    }

    private void attachEvidence(long communeId, long unitId, Recipient person, long reportId, ReportingPeriod period) {
        CurrentUser uploader = new CurrentUser(person.userId(), "demo", null, person.fullName(), Role.UNIT_STAFF,
                org.commune(communeId).provinceId(), communeId, unitId, true);
        EvidenceForm meta = EvidenceForm.titled(period.label() + " – " + org.unit(communeId, unitId).orElseThrow().name(),
                DocumentKind.BAO_CAO);
        meta.setDocDate(period.due().minusDays(1));
        meta.setIssuer(org.unit(communeId, unitId).orElseThrow().name());
        EvidenceDocument doc = evidence.upload(uploader, unitId, meta, "bao-cao-" + period.code() + ".pdf",
                new ByteArrayInputStream(minimalPdf(period.label()).getBytes(StandardCharsets.ISO_8859_1)));
        items.items(communeId, reportId).stream().findFirst()
                .ifPresent(item -> items.attach(communeId, item.id(), doc.id()));
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 30)).atZone(VietnamTime.ZONE).toInstant();
    }

    /** A one-page PDF (ASCII text only) so the demo evidence opens in any viewer. */
    static String minimalPdf(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7E]", " ")
                .replace("(", "").replace(")", "");
        String stream = "BT /F1 14 Tf 60 780 Td (" + ascii + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString();
    }
}
