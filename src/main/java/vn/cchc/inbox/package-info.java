/**
 * The inbox ("Việc cần làm"): one page per commune user listing what waits on them across the modules (reports to
 * review or revise, the unit's lines due, PAR criteria to score, accept or explain, failed dossier imports), each with
 * its deadline and working days left; and the landing page each role opens after signing in. It only reads: each
 * source module answers through a small public query ({@code ReportingToDo}, {@code ParToDo},
 * {@code DossierImports.failedToRedo}) and nothing reads this module.
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "org", "parindex", "progress", "shared"})
package vn.cchc.inbox;

import org.springframework.modulith.ApplicationModule;
