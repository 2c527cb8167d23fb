package vn.cchc.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.backup.SchemaCatalog.Table;
import vn.cchc.support.IntegrationTest;

/**
 * The archive's scope is the catalog's: every table is carried or named as excluded or global with a reason, and
 * every id column of a carried table is a foreign key, the table's own id or a listed soft reference, so that a
 * table or column added later cannot be left out, or keep another instance's ids, without this test failing.
 */
@IntegrationTest
class ArchiveScopeTest {

    @Autowired
    SchemaCatalog catalog;

    @Test
    void everyTableIsCarriedOrExcludedWithAReason() {
        Map<String, Table> tables = catalog.tables();
        ArchiveScope scope = ArchiveScope.of(tables);
        assertThat(tables).containsKeys(ArchiveScope.EXCLUDED.keySet().toArray(String[]::new));
        assertThat(tables).containsKeys(ArchiveScope.GLOBAL.keySet().toArray(String[]::new));
        ArchiveScope.EXCLUDED.values().forEach(reason -> assertThat(reason).isNotBlank());
        assertThat(names(scope.tenant)).contains("dossier", "dossier_month", "evidence_document", "app_user",
                "plan_task", "unit_report_item", "report_version", "assessment_item", "pakn", "survey_response",
                "registers_initiative").doesNotContain("login_attempt", "deadline_feed", "commune");
        assertThat(names(scope.reference)).startsWith("province")
                .contains("calendar_day", "criteria_set", "criteria_node", "survey_template");
        int carried = scope.tenant.size() + scope.reference.size() + 1;
        assertThat(carried + ArchiveScope.EXCLUDED.size() + ArchiveScope.GLOBAL.size()).isEqualTo(tables.size());
    }

    @Test
    void parentsComeBeforeTheirChildren() {
        ArchiveScope scope = ArchiveScope.of(catalog.tables());
        List<String> order = names(scope.tenant);
        assertThat(order.indexOf("org_unit")).isLessThan(order.indexOf("app_user"));
        assertThat(order.indexOf("plan")).isLessThan(order.indexOf("plan_task"));
        assertThat(order.indexOf("plan_task")).isLessThan(order.indexOf("report_version_item"));
        assertThat(order.indexOf("assessment")).isLessThan(order.indexOf("score_audit"));
        for (Table t : scope.tenant) {
            for (var key : ArchiveScope.references(t)) {
                if (order.contains(key.refTable()) && !key.refTable().equals(t.name())) {
                    assertThat(order.indexOf(key.refTable())).as(t.name() + " -> " + key.refTable())
                            .isLessThan(order.indexOf(t.name()));
                }
            }
        }
    }

    @Test
    void everyIdColumnOfACarriedTableIsAReferenceTheImportRewrites() {
        ArchiveScope scope = ArchiveScope.of(catalog.tables());
        List<String> unknown = new ArrayList<>();
        List<Table> carried = new ArrayList<>(scope.tenant);
        carried.addAll(scope.reference);
        for (Table t : carried) {
            for (var c : t.columns()) {
                boolean idLike = c.type().equals("bigint") && (c.name().endsWith("_id") || c.name().endsWith("_by")
                        || c.name().equals("id"));
                boolean covered = c.name().equals(t.serial()) || c.name().equals("commune_id")
                        || ArchiveScope.references(t).stream().anyMatch(k -> k.columns().contains(c.name()));
                if (idLike && !covered) {
                    unknown.add(t.name() + "." + c.name());
                }
            }
        }
        assertThat(unknown).isEmpty();
        ArchiveScope.SOFT_REFERENCES.forEach((column, target) -> {
            String[] parts = column.split("\\.");
            assertThat(scope.all.get(parts[0]).has(parts[1])).as(column).isTrue();
            assertThat(scope.all).containsKey(target);
        });
    }

    private static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }
}
