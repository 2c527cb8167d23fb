package vn.cchc.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.importing.DossierImporter;
import vn.cchc.dossier.importing.ImportJobs;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.procedures.ProcedureForm;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.pakn.DemoPakn;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.shared.VietnamTime;

/**
 * Demo profile: the two demo wards get a procedure catalogue, a synthetic one-stop ledger from 1 January of last
 * year to today (imported through the real importer), and a few PAKN items, once, on the first start.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoDossiers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDossiers.class);
    private static final Set<String> DEMO_COMMUNES = Set.of("Phường Bắc Nha Trang", "Phường An Nhơn Đông");

    private final PlanQueries plans;
    private final OrgDirectory org;
    private final ProcedureCatalogue catalogue;
    private final ImportJobs jobs;
    private final DossierImporter importer;
    private final WorkingCalendars calendars;
    private final DemoPakn pakn;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoDossiers(PlanQueries plans, OrgDirectory org, ProcedureCatalogue catalogue, ImportJobs jobs,
                 DossierImporter importer, WorkingCalendars calendars, DemoPakn pakn, JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.org = org;
        this.catalogue = catalogue;
        this.jobs = jobs;
        this.importer = importer;
        this.calendars = calendars;
        this.pakn = pakn;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<Long> communes = new LinkedHashSet<>();
        for (Plan p : plans.issuedPlans()) {
            if (DEMO_COMMUNES.contains(org.commune(p.communeId()).name())) {
                communes.add(p.communeId());
            }
        }
        for (long communeId : communes) {
            if (jdbc.sql("select count(*) from dossier_import where commune_id = ?").param(communeId).query(Long.class).single() == 0) {
                load(communeId);
            }
        }
    }

    /** Fees as published for two demo procedures; the third fee-bearing one shows the "fees apply" fallback. */
    private static final Map<String, String> FEE_TEXTS = Map.of(
            "2.000815", "2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản",
            "1.001714", "75.000 đồng/giấy phép");

    private void load(long communeId) {
        Commune commune = org.commune(communeId);
        List<Recipient> agency = org.withRole(communeId, Role.STANDING_AGENCY);
        if (agency.isEmpty()) {
            return;
        }
        for (SyntheticDossiers.Kind k : SyntheticDossiers.PROCEDURES) {
            ProcedureForm f = new ProcedureForm();
            f.setCode(k.code());
            f.setName(k.name());
            f.setField(k.field());
            f.setProcessingDays(BigDecimal.valueOf(k.days()));
            f.setOnlineLevel(k.level());
            f.setFeeBearing(k.fee() > 0);
            f.setPaymentIntegrated(k.fee() > 0 && k.level() != null);
            f.setFeeText(FEE_TEXTS.getOrDefault(k.code(), ""));
            catalogue.save(communeId, null, f);
        }
        LocalDate today = VietnamTime.today(clock);
        String centre = org.units(communeId).stream().filter(u -> u.kind() == vn.cchc.org.UnitKind.SERVICE_CENTRE)
                .map(vn.cchc.org.Unit::name).findFirst().orElse("Trung tâm Phục vụ hành chính công");
        SyntheticDossiers generator = new SyntheticDossiers(calendars.of(commune.provinceId()), communeId * 7919L,
                List.of(centre), List.of("Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Mai", "Phạm Quốc Bảo", "Võ Thị Lan"));
        try {
            Path file = Files.createTempFile("cchc-demo-dossiers-", ".csv");
            try {
                long rows;
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    rows = generator.write(out, commune.code(), LocalDate.of(today.getYear() - 1, 1, 1), today, 14,
                            clock.instant().atZone(VietnamTime.ZONE).toLocalDateTime());
                }
                long job = jobs.create(communeId, "du-lieu-minh-hoa.csv", Files.size(file), "demo", agency.get(0).userId());
                importer.run(job, communeId, file);
                log.info("Demo one-stop ledger loaded for {}: {} dossiers", commune.name(), rows);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pakn.addItems(communeId, agency.get(0).userId(), today);
    }
}
