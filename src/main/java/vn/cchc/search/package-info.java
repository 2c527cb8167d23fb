/**
 * One search box over the commune's daily work: tasks, targets, units' reports, periodic reports, evidence,
 * dossiers and PAKN items. Each owning module answers for its own rows ({@code PlanSearch}, {@code UnitReportSearch},
 * {@code PeriodicReportSearch}, {@code EvidenceSearch}, {@code DossierSearch}, {@code PaknSearch}) and decides who
 * sees what; this module only gathers, counts, highlights and shows them. Nothing reads it.
 */
@ApplicationModule(allowedDependencies = {"documents", "dossier", "evidence", "org", "pakn", "plan", "progress",
        "shared"})
package vn.cchc.search;

import org.springframework.modulith.ApplicationModule;
