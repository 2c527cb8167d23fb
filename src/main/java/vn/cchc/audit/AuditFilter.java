package vn.cchc.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;

/**
 * What the reader asks of the log: days (dd/MM/yyyy, both included, Vietnam time), the acting username, the table and
 * the action; each blank means any. The same filter drives the page and its export.
 */
record AuditFilter(LocalDate from, LocalDate to, String user, String table, String action) {

    /** The audited tables, in the order the filter offers them (the migration's list). */
    static final List<String> TABLES = List.of("plan", "plan_target", "plan_task", "plan_task_coordinator",
            "plan_issue_request", "unit_report", "unit_report_item", "unit_report_item_evidence", "periodic_report",
            "periodic_report_section", "periodic_report_submission", "assessment", "assessment_item",
            "assessment_item_evidence", "criterion_link", "score_manual_value", "criteria_set", "criteria_node",
            "calendar_year", "calendar_day", "province", "commune", "org_unit", "app_user", "progress_setting",
            "report_window", "province_deadline_reading", "periodic_report_type", "score_rule", "document_template",
            "public_site", "dossier_column", "dossier_import");
    /** The actions the filter offers; any other note code (upper case) is accepted as typed in the address. */
    static final List<String> ACTIONS = List.of("INSERT", "UPDATE", "DELETE", LoginAudit.OK, LoginAudit.FAILED,
            "API_KEY_USED", AuditController.EXPORTED);
    /** dd/MM/yyyy, strictly: 31/02 is refused, not read as 28/02. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    static AuditFilter parse(String from, String to, String user, String table, String action) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add("to", "audit.filter.toBeforeFrom");
        }
        String t = blank(table) ? null : table.strip();
        if (t != null && !TABLES.contains(t)) {
            problems.add("table", "audit.filter.badTable");
        }
        String a = blank(action) ? null : action.strip();
        if (a != null && !ACTION.matcher(a).matches()) {
            problems.add("action", "audit.filter.badAction");
        }
        problems.throwIfAny();
        return new AuditFilter(start, end, blank(user) ? null : user.strip(), t, a);
    }

    private static LocalDate date(String text, String field, InvalidInput.Collector problems) {
        if (blank(text)) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip(), DAY);
            if (PlausibleDates.contains(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(field, "audit.filter.badDate", text.strip());
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
