package vn.cchc.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.PeriodType;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.ReformArea;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.Sha256;

/**
 * A commune's periodic CCHC reports: drafted from the window's data, edited section by section (every save that
 * changes a section appends a version, a re-draft only when asked), and submitted as a frozen DOCX.
 */
@Service
class PeriodicReports {

    static final int MAX_SECTION = 20_000;

    /** What the header fields hold (stored, or the defaults before the first save). */
    record HeaderForm(Integer number, LocalDate date, SigningBlock.Authority authority, String signerName,
                      String recipients) {
    }

    /** Everything a page or a document needs: the figures, the outline with drafts, and the texts in force. */
    /**
     * The report as the form shows it. {@code dataChangedSince}: the sections whose figures no longer read as when
     * they were last drafted, with that moment, so the editor can see the fresh draft and choose to re-draft.
     */
    record Draft(Plan plan, ReportWindow window, List<ReformArea> areas, PeriodicFigures.Figures figures,
                 List<PeriodicDrafts.Section> sections, Map<String, String> texts, HeaderForm header,
                 Optional<PeriodicReportRepository.Head> head, Map<String, Instant> dataChangedSince) {
        public String label() {
            return PeriodicWindows.label(window);
        }
    }

    record Row(Plan plan, ReportWindow window, String status) {
        public String label() {
            return PeriodicWindows.label(window);
        }
    }

    private final PlanQueries plans;
    private final OrgDirectory org;
    private final DocumentAccess access;
    private final PeriodicWindows windows;
    private final PeriodicFigures figures;
    private final PeriodicDrafts drafts;
    private final PeriodicReportRepository repository;
    private final PeriodicReportRenderer renderer;
    private final PeriodicStatisticsXlsx statisticsXlsx;
    private final ObjectMapper json;
    private final Clock clock;

    PeriodicReports(PlanQueries plans, OrgDirectory org, DocumentAccess access, PeriodicWindows windows, PeriodicFigures figures,
                    PeriodicDrafts drafts, PeriodicReportRepository repository, PeriodicReportRenderer renderer,
                    PeriodicStatisticsXlsx statisticsXlsx, ObjectMapper json, Clock clock) {
        this.statisticsXlsx = statisticsXlsx;
        this.plans = plans;
        this.org = org;
        this.access = access;
        this.windows = windows;
        this.figures = figures;
        this.drafts = drafts;
        this.repository = repository;
        this.renderer = renderer;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The four national reports of each of the commune's plans, and one per month for a plan that reports monthly,
     * with their windows and status.
     */
    List<Row> list(CurrentUser user) {
        long communeId = access.requireGenerator(user);
        Map<String, String> status = new LinkedHashMap<>();
        repository.heads(communeId).forEach(h -> status.put(h.planId() + h.key().code(), h.status()));
        List<Row> rows = new ArrayList<>();
        long provinceId = org.commune(communeId).provinceId();
        for (Plan plan : plans.plans(communeId)) {
            List<PeriodicKey> keys = new ArrayList<>();
            PeriodicWindows.TYPES.forEach(t -> keys.add(new PeriodicKey(t, null)));
            if (plan.reportingCadence() == PeriodType.MONTH) {
                IntStream.rangeClosed(1, 12).forEach(m -> keys.add(new PeriodicKey(ReportType.MONTH, m)));
            }
            for (PeriodicKey key : keys) {
                rows.add(new Row(plan, windows.window(provinceId, key, plan.year()),
                        status.getOrDefault(plan.id() + key.code(), "NONE")));
            }
        }
        return rows;
    }

    Draft draft(CurrentUser user, long planId, String typeName) {
        long communeId = access.requireGenerator(user);
        Plan plan = plans.plan(communeId, planId).orElseThrow(() -> new NotFoundException("plan", planId));
        PeriodicKey key = key(plan, typeName);
        ReportWindow window = windows.window(org.commune(communeId).provinceId(), key, plan.year());
        List<ReformArea> areas = plans.areas();
        PeriodicFigures.Figures f = figures.of(plan, org.commune(communeId).provinceId(), window);
        return withStored(plan, window, areas, f, drafts.sections(plan, areas, f));
    }

    /** The drafted sections with what is stored of the report: its header and each section's latest text. */
    private Draft withStored(Plan plan, ReportWindow window, List<ReformArea> areas, PeriodicFigures.Figures f,
                             List<PeriodicDrafts.Section> sections) {
        long communeId = plan.communeId();
        Optional<PeriodicReportRepository.Head> head = repository.head(communeId, plan.id(), PeriodicKey.of(window));
        Map<String, PeriodicReportRepository.SectionVersion> stored = head
                .map(h -> repository.current(communeId, h.id())).orElse(Map.of());
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach(s -> texts.put(s.key(), stored.containsKey(s.key()) ? stored.get(s.key()).body() : s.draft()));
        HeaderForm header = head.map(h -> new HeaderForm(h.number(), h.date(), h.authority(), h.signerName(),
                h.recipients())).orElseGet(() -> defaults(plan, window));
        return new Draft(plan, window, areas, f, sections, texts, header, head,
                head.map(h -> dataChanged(communeId, h.id(), sections)).orElse(Map.of()));
    }

    /** Sections whose latest drafted version differs from what the data drafts today, with when it was drafted. */
    private Map<String, Instant> dataChanged(long communeId, long reportId, List<PeriodicDrafts.Section> sections) {
        Map<String, PeriodicReportRepository.SectionVersion> lastDrafted = new LinkedHashMap<>();
        repository.history(communeId, reportId).stream().filter(PeriodicReportRepository.SectionVersion::drafted)
                .forEach(v -> lastDrafted.putIfAbsent(v.key(), v));
        Map<String, Instant> changed = new LinkedHashMap<>();
        for (PeriodicDrafts.Section s : sections) {
            PeriodicReportRepository.SectionVersion v = lastDrafted.get(s.key());
            if (v != null && !v.body().equals(s.draft())) {
                changed.put(s.key(), v.savedAt());
            }
        }
        return changed;
    }

    List<PeriodicReportRepository.SectionVersion> history(Draft d) {
        return d.head().map(h -> repository.history(h.communeId(), h.id())).orElse(List.of());
    }

    List<PeriodicReportRepository.Submission> submissions(Draft d) {
        return d.head().map(h -> repository.submissions(h.communeId(), h.id())).orElse(List.of());
    }

    /**
     * Stores the typed form: header fields, and a new version of each section whose text changed. {@code redraft}
     * names a section to re-draft from the data afterwards (its own new version). Stale forms are refused whole.
     */
    @Transactional
    void save(CurrentUser user, long planId, String typeName, PeriodicForm form, String redraft) {
        saved(draft(user, planId, typeName), form, redraft, user);
    }

    /** Stores the form over draft {@code d}; answers the draft as it now stands (the figures are not drafted again). */
    private Draft saved(Draft d, PeriodicForm form, String redraft, CurrentUser user) {
        long planId = d.plan().id();
        check(form);
        long communeId = d.plan().communeId();
        long reportId = d.head().map(PeriodicReportRepository.Head::id).orElseGet(() ->
                repository.create(communeId, planId, PeriodicKey.of(d.window()), d.window().year(), clock.instant()));
        PeriodicReportRepository.Head head = new PeriodicReportRepository.Head(reportId, communeId, planId,
                PeriodicKey.of(d.window()), d.window().year(), "DRAFT", form.getVersion(), form.getNumber(), form.getDate(),
                form.getAuthority(), CleanText.clean(form.getSignerName(), 120).strip(),
                CleanText.clean(form.getRecipients(), 2000).strip());
        if (!repository.update(head, form.getVersion(), "DRAFT")) {
            throw new Conflict("documents.periodic.stale");
        }
        Map<String, PeriodicReportRepository.SectionVersion> stored = repository.current(communeId, reportId);
        for (PeriodicDrafts.Section s : d.sections()) {
            String typed = form.getSections().get(s.key());
            String text = typed == null ? d.texts().get(s.key()) : CleanText.clean(typed).strip();
            PeriodicReportRepository.SectionVersion now = stored.get(s.key());
            if (now == null) {
                repository.appendSection(communeId, reportId, s.key(), text, text.equals(s.draft()), user.id(),
                        clock.instant());
            } else if (!now.body().equals(text)) {
                repository.appendSection(communeId, reportId, s.key(), text, false, user.id(), clock.instant());
            }
            if (s.key().equals(redraft)) {
                repository.appendSection(communeId, reportId, s.key(), s.draft(), true, user.id(), clock.instant());
            }
        }
        return withStored(d.plan(), d.window(), d.areas(), d.figures(), d.sections());
    }

    /** Saves the form, then freezes the document generated from it with the section texts as sent. */
    @Transactional
    void submit(CurrentUser user, long planId, String typeName, PeriodicForm form) {
        Draft d = saved(draft(user, planId, typeName), form, null, user);
        PeriodicReportRepository.Head head = d.head().orElseThrow();
        if (head.date() == null) {
            throw InvalidInput.of("date", "documents.periodic.dateRequired");
        }
        byte[] docx = renderer.render(d);
        try {
            repository.appendSubmission(head.communeId(), head.id(), docx, Sha256.hex(docx),
                    json.writeValueAsString(d.texts()), user.id(), clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes as JSON", e);
        }
        repository.update(head, head.version(), "SUBMITTED");
    }

    GeneratedDocument statistics(CurrentUser user, long planId, String typeName) {
        Draft d = draft(user, planId, typeName);
        return new GeneratedDocument(statisticsXlsx.write(d),
                fileName(d.plan().communeId(), PeriodicKey.of(d.window()), d.window().year(), "-so-lieu")
                        .replaceFirst("\\.docx$", ".xlsx"));
    }

    GeneratedDocument docx(CurrentUser user, long planId, String typeName) {
        Draft d = draft(user, planId, typeName);
        return new GeneratedDocument(renderer.render(d),
                fileName(d.plan().communeId(), PeriodicKey.of(d.window()), d.window().year(), ""));
    }

    /** A submitted version: the commune's document makers, and the users of its province (who never see drafts). */
    GeneratedDocument submitted(CurrentUser user, long planId, String typeName, int versionNo) {
        PeriodicKey key = PeriodicKey.parse(typeName);
        Optional<PeriodicReportRepository.Head> head = user.role().provinceLevel()
                ? repository.headIn(org.communesOf(user.provinceId()).stream().map(Commune::id).toList(), planId, key)
                : repository.head(access.requireGenerator(user), planId, key);
        PeriodicReportRepository.Head h = head.orElseThrow(() -> new NotFoundException("report", planId));
        byte[] docx = repository.submittedDocx(h.communeId(), h.id(), versionNo)
                .orElseThrow(() -> new NotFoundException("submission", versionNo));
        return new GeneratedDocument(docx, fileName(h.communeId(), key, h.year(), "-v" + versionNo));
    }

    /** What the communes of the province submitted, newest first; province users only. */
    List<PeriodicReportRepository.Submitted> submittedInProvince(CurrentUser user) {
        if (!user.role().provinceLevel()) {
            throw new org.springframework.security.access.AccessDeniedException("province users only");
        }
        return repository.submittedBy(org.communesOf(user.provinceId()).stream()
                .collect(Collectors.toMap(Commune::id, Commune::name)));
    }

    private String fileName(long communeId, PeriodicKey key, int year, String suffix) {
        return "bao-cao-cchc-" + org.commune(communeId).code() + "-" + year + "-"
                + key.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + suffix + ".docx";
    }

    private HeaderForm defaults(Plan plan, ReportWindow window) {
        SigningBlock signing = access.defaultSigning(plan.communeId());
        String commune = IssuingBody.of(org.commune(plan.communeId())).committeeShort().substring("UBND ".length());
        return new HeaderForm(null, window.to().isBefore(plans.today()) ? window.due() : plans.today(),
                signing.authority(), signing.signerName(),
                "Sở Nội vụ\nThường trực Đảng ủy, HĐND " + commune + "\nChủ tịch, các Phó Chủ tịch UBND " + commune
                        + "\nCác cơ quan, đơn vị thuộc UBND " + commune);
    }

    private static void check(PeriodicForm form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.getNumber() != null && (form.getNumber() < 1 || form.getNumber() > 99_999)) {
            problems.add("number", "documents.periodic.number");
        }
        if (form.getAuthority() == null) {
            problems.add("authority", "documents.periodic.authority");
        }
        form.getSections().forEach((key, text) -> {
            if (text != null && text.length() > MAX_SECTION) {
                problems.add("sections[" + key + "]", "documents.periodic.tooLong", MAX_SECTION);
            }
        });
        problems.throwIfAny();
    }

    /** The report named in the address; a monthly one only for a plan that reports monthly. */
    private static PeriodicKey key(Plan plan, String code) {
        PeriodicKey key = PeriodicKey.parse(code);
        if (key.month() != null && plan.reportingCadence() != PeriodType.MONTH) {
            throw new NotFoundException("monthly report", code);
        }
        return key;
    }
}
