/**
 * Official documents (the design's "report" module): the periodic CCHC report, the PAR self-assessment dossier, the
 * plan and apology letters, rendered from DOCX templates laid out per Nghị định 30/2020, with PDF and XLSX copies.
 * It reads every other feature module and nothing reads it.
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "evidence", "org", "pakn", "parindex", "plan",
        "progress", "registers", "shared"})
package vn.cchc.documents;

import org.springframework.modulith.ApplicationModule;
