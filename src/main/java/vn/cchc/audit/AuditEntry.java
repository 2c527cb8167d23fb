package vn.cchc.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.cchc.shared.VietnamTime;

/** One entry of the log as a person reads it (public for the page's compiled expressions): who, when, from where, what, and each changed column's old → new. */
public record AuditEntry(long id, Instant at, String actor, String address, String requestId, String action, String table,
                  String entityId, Long communeId, List<Change> changes, String subject, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final DateTimeFormatter MOMENT_TEXT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** A column's value before and after ("" where the row did not exist or the value was empty). */
    public record Change(String column, String before, String after) {
    }

    public boolean rowChange() {
        return table != null;
    }

    /** The changes as one line of text, for the export: "title: old → new; status: DRAFT → ISSUED". */
    String changesText() {
        StringBuilder text = new StringBuilder();
        for (Change c : changes) {
            text.append(text.isEmpty() ? "" : "; ").append(c.column()).append(": ").append(c.before()).append(" → ")
                    .append(c.after());
        }
        return text.toString();
    }

    /** The changed columns, from the stored before and after objects (an insert has no before, a delete no after). */
    static List<Change> changes(String before, String after) {
        JsonNode old = parse(before);
        JsonNode now = parse(after);
        Set<String> columns = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(columns::add);
        now.fieldNames().forEachRemaining(columns::add);
        List<Change> changes = new ArrayList<>();
        for (String column : columns) {
            changes.add(new Change(column, text(old.get(column)), text(now.get(column))));
        }
        return changes;
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit_log holds a value that is not JSON", e);
        }
    }

    /** Dates and moments as the rest of the app shows them (dd/MM/yyyy, Vietnam time); anything else as stored. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            return value.toString();
        }
        String text = value.asText();
        try {
            if (DAY.matcher(text).matches()) {
                return VietnamTime.DATE.format(LocalDate.parse(text));
            }
            if (MOMENT.matcher(text).matches()) {
                return MOMENT_TEXT.format(OffsetDateTime.parse(text).atZoneSameInstant(VietnamTime.ZONE));
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        return text;
    }
}
