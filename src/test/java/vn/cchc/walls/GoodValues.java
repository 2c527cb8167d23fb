package vn.cchc.walls;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import vn.cchc.documents.DocumentSamples;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.parindex.Scenes;

/**
 * A plausible value for every input of every route, so that a request passes binding and reaches the rule the
 * test is after (the role check, the tenant check, or the one bad value of the battery). Values are chosen by
 * record id ({@link RouteIds}), then by route prefix and name (first match wins), then by type.
 */
final class GoodValues {

    private record Rule(String prefix, String name, Object value) {
    }

    /** The home commune's standing agency's calendar feed token ({@link FullCommunes} stores its hash). */
    static final String FEED_TOKEN = "WallsFeedToken_0123456789abcdefghijklmnopqr";

    /** The token of the home commune's survey point ({@link FullCommunes} stores it). */
    static final String SURVEY_TOKEN = "wallsurveypoint";

    private static final List<Rule> VALUES = List.of(
            value("/ical/", "token", FEED_TOKEN),
            value("/khao-sat/", "token", SURVEY_TOKEN),
            value("/cong-khai/", "communeCode", (Function<FullCommune, String>) c -> c.people().code()),
            value("/backup/", "communeCode", (Function<FullCommune, String>) c -> c.people().code()),
            value("/cong-khai/", "ma", "HS-WALLS-0001"),
            value("/cong-khai/", "xacminh", "1234"),
            value("/cong-khai/", "provinceCode", (Function<FullCommune, String>) c -> c.people().provinceCode()),
            value("/cong-khai/", "nam", "2026"),
            value("/survey/responses/", "decision", "KEEP"),
            value("/survey/", "kind", "COUNTER"),
            value("/survey/", "type", "CHOICE"),
            value("/survey/", "options", "Có\nKhông"),
            value("/deadlines", "month", "2026-06"),
            value("/api/v1/periods/", "code", "2025Q3"),
            value("/api-keys/", "keyId", "999999999"),
            value("/api-keys", "validity", "365"),
            value("/documents/templates/", "kind", "plan"),
            value("/documents/report-types/", "type", "QUARTER_3"),
            value("/documents/periodic/", "type", "HALF_YEAR"),
            value("/documents/periodic/", "versionNo", 1),
            value("/parindex/assessments/", "versionNo", "1"),
            value("/progress/plans/{planId}/window", "code", "2026M06"),
            value("/progress/", "period", "2026M06"),
            value("/parindex/", "period", "2026S1"),
            value("", "period", "2026"),
            value("/dossiers/score/manual", "code", "4.4"),
            value("/dossiers/procedures", "code", "9.001"),
            value("/dossiers/late/apology", "code", "P20"),
            value("/dossiers/late/letter", "code", "P20"),
            value("/dossiers/late/letter", "apologyDate", "09/01/2026"),
            value("/dossiers/late/letter", "newDate", "31/12/2099"),
            value("/dossiers/late", "date", "09/01/2026"),
            value("/dossiers/late", "from", "01/01/2026"),
            value("/dossiers/late", "to", "10/06/2026"),
            value("/audit", "from", "01/01/2026"),
            value("/audit", "to", "10/06/2026"),
            value("/audit", "table", "plan_task"),
            value("/audit", "action", "UPDATE"),
            value("/pakn", "code", "PA-02"),
            value("/registers/inspections", "deadline", "Quý IV"),
            value("/registers/", "link", "https://example.vn/tin-cchc"),
            value("/search", "q", "bao cao"),
            value("/search", "kind", "TASK"),
            value("/org/communes", "code", "98765"),
            // The default, so the sweep leaves the shared test province's reading as every other test expects it.
            value("/org/deadline-reading", "reading", "DAY_BEFORE"),
            value("", "code", "T2"),
            value("", "decision", "ACCEPT"),
            value("", "filter", "LATE"),
            value("", "text", "Quý III"),
            value("", "deadlinePhrase", "Quý III"),
            value("", "area", "III"),
            value("", "areaCode", "III"),
            value("", "periodCode", "2026"),
            value("", "year", "2026"),
            value("", "days", "5"),
            value("", "hours", "8"),
            value("", "monthlyDueDay", "30"),
            value("", "lockAfterDays", "10"),
            value("", "threshold", "90"),
            value("", "rate", "50"),
            value("", "percent", "50"),
            value("", "processingDays", "5"),
            value("", "maxPoints", "2"),
            value("", "rule", "scale:0|1|2"),
            value("", "unitKind", "OFFICE"),
            value("", "indicatorCode", "ON_TIME_RATE"),
            value("", "role", "VIEWER"),
            value("", "username", "nguoidung.moi"),
            value("", "password", "matkhau-moi-123"),
            value("", "email", "thu@example.vn"),
            value("", "shortName", "TT"),
            value("", "active", "true"),
            value("", "enabled", "true"),
            value("", "X-File-Name", "so-lieu.csv"),
            value("", "from", "2026-06-10T08:00:00+07:00"),
            value("", "to", "2026-06-20T08:00:00+07:00"),
            value("", "due", LocalDate.of(2026, 6, 30)),
            value("", "locks", LocalDate.of(2026, 7, 10)),
            value("", "until", LocalDate.of(2026, 6, 30)),
            value("", "validFrom", LocalDate.of(2025, 7, 1)),
            value("", "validTo", LocalDate.of(2030, 12, 31)),
            value("", "externalDueDate", LocalDate.of(2026, 9, 30)),
            value("", "decisionDate", LocalDate.of(2026, 1, 10)));

    /** Routes that read every parameter into a map declare their fields here. */
    private static final Map<String, Map<String, String>> MAP_FIELDS = Map.of(
            "POST /dossiers/imports/mapping", Map.of("field.CODE", "Mã hồ sơ"),
            "POST /khao-sat/{token}", Map.of("a.E1", "2"),
            "POST /survey/{id}/interview", Map.of("a.E1", "2"),
            "POST /survey/templates/{id}/edit", Map.of("title", "Phiếu đã sửa", "minSample", "30",
                    "required.GY.1", "true"));

    /** A small questionnaire the upload publishes. */
    private static final String SURVEY_FILE = """
            {"code": "WALLS", "title": "Phiếu thử", "scales": [{"code": "YN", "options": [{"value": 1, "label": "Có"},
              {"value": 2, "label": "Không"}]}],
             "blocks": [{"code": "B", "title": "Khối", "items": [{"code": "B1", "text": "Câu?", "type": "CHOICE", "scale": "YN"}]}],
             "scoring": {"method": "SHARE_SATISFIED", "satisfiedFrom": 4, "minSample": 30}}""";

    private GoodValues() {
    }

    private static Rule value(String prefix, String name, Object value) {
        return new Rule(prefix, name, value);
    }

    static String of(Route route, Input input, FullCommune c) {
        var id = RouteIds.of(route, input.leaf(), c);
        if (id.isPresent()) {
            return String.valueOf(id.get());
        }
        if (input.source() == Input.Source.FILE) {
            return fileName(route);
        }
        Object value = VALUES.stream()
                .filter(r -> r.name().equals(input.leaf()) && route.pattern().startsWith(r.prefix()))
                .findFirst().map(Rule::value).orElseGet(() -> byType(input.type()));
        if (value instanceof Function<?, ?> ofCommune) {
            // a value that is the home commune's own (its code on the public site)
            @SuppressWarnings("unchecked") Function<FullCommune, String> f = (Function<FullCommune, String>) ofCommune;
            return f.apply(c);
        }
        return value instanceof LocalDate date ? format(date, input.format()) : String.valueOf(value);
    }

    /** Whether the input has a value of its own on this route (a record or a named value), not just its type's. */
    static boolean declared(Route route, String name, FullCommune c) {
        return RouteIds.of(route, name, c).isPresent()
                || VALUES.stream().anyMatch(r -> r.name().equals(name) && route.pattern().startsWith(r.prefix()));
    }

    static Map<String, String> mapFields(Route route) {
        return MAP_FIELDS.getOrDefault(route.key(), Map.of());
    }

    private static Object byType(Class<?> type) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "1";
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 6, 5);
        }
        return "Thử " + type.getSimpleName();
    }

    private static String format(LocalDate date, DateTimeFormat format) {
        if (format == null || format.iso() == DateTimeFormat.ISO.DATE || format.pattern().isEmpty()) {
            return date.toString();
        }
        return date.format(DateTimeFormatter.ofPattern(format.pattern()));
    }

    /** The file part: a real PDF for evidence, a holiday line for the calendar, the small set for criteria. */
    private static String fileName(Route route) {
        if (route.pattern().startsWith("/calendar")) {
            return "lich.txt";
        }
        if (route.pattern().startsWith("/documents/templates")) {
            return "mau.docx";
        }
        if (route.pattern().startsWith("/survey/templates")) {
            return "phieu.json";
        }
        return route.pattern().startsWith("/parindex/sets") ? "bo.json" : "bien-ban.pdf";
    }

    static byte[] fileContent(Route route) {
        if (route.pattern().startsWith("/documents/templates")) {
            return DocumentSamples.defaultTemplate("plan");
        }
        if (route.pattern().startsWith("/survey/templates")) {
            return SURVEY_FILE.getBytes(StandardCharsets.UTF_8);
        }
        if (route.pattern().startsWith("/calendar")) {
            return "05/06/2026;NGHI;Nghỉ thử\n".getBytes(StandardCharsets.UTF_8);
        }
        return route.pattern().startsWith("/parindex/sets") ? Scenes.SMALL_SET.getBytes(StandardCharsets.UTF_8)
                : EvidenceFiles.pdf("Biên bản");
    }

    /** The body of a raw upload (the one-stop import): a header line without rows. */
    static byte[] body() {
        return (Scenes.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
