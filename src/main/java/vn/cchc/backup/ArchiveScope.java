package vn.cchc.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.backup.SchemaCatalog.ForeignKey;
import vn.cchc.backup.SchemaCatalog.Table;

/**
 * Which tables a commune archive holds, read from the catalog: a table with {@code commune_id} is the commune's
 * (tenant), a table with {@code province_id} or a foreign key to such a table is its province's (reference data,
 * matched by natural key in the target). Only the lists below are by hand, each entry with its reason; a table that
 * fits nowhere makes {@link #of} fail, so a table added later is either carried or named here (ArchiveScopeTest).
 */
final class ArchiveScope {

    static final String COMMUNE = "commune";
    static final String PROVINCE = "province";

    /** Tables never carried, with why. */
    static final Map<String, String> EXCLUDED = Map.of(
            "flyway_schema_history", "the schema's own history: the target has its own, checked by version instead",
            "login_attempt", "this instance's security log of sign-ins (by address and typed name), not commune data",
            "deadline_feed", "secret calendar-feed tokens: a user makes a new feed on the new instance",
            "plan_import_draft", "an unfinished reading of a plan document: its draft names units by this instance's"
                    + " ids inside JSON; read the document again",
            "api_key", "machine clients' keys (hashes of secrets): the commune admin makes new keys on the new instance",
            "audit_log", "this instance's append-only record (the export is recorded in it; the import writes the"
                    + " target's own entries); export it from the audit page to keep it",
            "page_version", "the page cache's counters of this instance's database",
            "spring_session", "sign-ins to this instance", "spring_session_attributes", "sign-ins to this instance");

    /** Tables without commune or province, filled by the migrations themselves: equal at equal schema versions. */
    static final Map<String, String> GLOBAL = Map.of(
            "reform_area", "the eight PAR areas, seeded by migration",
            "score_rule", "the 766 weights, seeded by migration");

    /** Id columns without a foreign key in the schema, and the table whose ids they hold. */
    static final Map<String, String> SOFT_REFERENCES = Map.of(
            "dossier.unit_id", "org_unit",
            "dossier_month.unit_id", "org_unit",
            "dossier_open_month.unit_id", "org_unit",
            "survey_response.unit_id", "org_unit",
            "report_version_item.task_id", "plan_task",
            "score_audit.assessment_id", "assessment");

    final Map<String, Table> all;
    /** Province data in insertion order (parents first), the province itself first. */
    final List<Table> reference;
    /** The commune's tables in insertion order (parents first). */
    final List<Table> tenant;

    private ArchiveScope(Map<String, Table> all, List<Table> reference, List<Table> tenant) {
        this.all = all;
        this.reference = reference;
        this.tenant = tenant;
    }

    static ArchiveScope of(Map<String, Table> tables) {
        Set<String> tenant = new LinkedHashSet<>();
        Set<String> province = new LinkedHashSet<>(List.of(PROVINCE));
        for (Table t : tables.values()) {
            if (!EXCLUDED.containsKey(t.name()) && !t.name().equals(COMMUNE) && t.has("commune_id")) {
                tenant.add(t.name());
            } else if (!EXCLUDED.containsKey(t.name()) && !GLOBAL.containsKey(t.name()) && !t.name().equals(COMMUNE)
                    && t.has("province_id")) {
                province.add(t.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table t : tables.values()) {
                boolean known = tenant.contains(t.name()) || province.contains(t.name()) || t.name().equals(COMMUNE)
                        || EXCLUDED.containsKey(t.name()) || GLOBAL.containsKey(t.name());
                if (!known && t.foreignKeys().stream().anyMatch(k -> province.contains(k.refTable()))) {
                    grew |= province.add(t.name());
                }
            }
        }
        List<String> unplaced = tables.keySet().stream().filter(n -> !tenant.contains(n) && !province.contains(n)
                && !n.equals(COMMUNE) && !EXCLUDED.containsKey(n) && !GLOBAL.containsKey(n)).toList();
        if (!unplaced.isEmpty()) {
            throw new IllegalStateException("tables neither carried nor excluded in commune archives: " + unplaced);
        }
        return new ArchiveScope(tables, ordered(province, tables), ordered(tenant, tables));
    }

    /** Every reference of a table: its foreign keys and its soft references. */
    static List<ForeignKey> references(Table table) {
        List<ForeignKey> refs = new ArrayList<>(table.foreignKeys());
        SOFT_REFERENCES.forEach((column, target) -> {
            if (column.startsWith(table.name() + ".")) {
                refs.add(new ForeignKey(List.of(column.substring(table.name().length() + 1)), target, List.of("id")));
            }
        });
        return refs;
    }

    /** Parents before children (a table's reference to itself is resolved row by row on import). */
    static List<Table> ordered(Set<String> names, Map<String, Table> tables) {
        Map<String, Table> left = new LinkedHashMap<>();
        names.forEach(n -> left.put(n, tables.get(n)));
        List<Table> order = new ArrayList<>();
        while (!left.isEmpty()) {
            Table next = left.values().stream().filter(t -> references(t).stream()
                            .noneMatch(k -> !k.refTable().equals(t.name()) && left.containsKey(k.refTable())))
                    .findFirst().orElseThrow(() -> new IllegalStateException("reference cycle among " + left.keySet()));
            order.add(next);
            left.remove(next.name());
        }
        return order;
    }
}
