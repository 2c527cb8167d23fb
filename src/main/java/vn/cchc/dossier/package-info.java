/**
 * The one-stop shop's dossiers (hồ sơ TTHC): the ledger imported from the one-stop system's exports, each dossier
 * judged on the province's working calendar, and the indicators built on them (on-time, online and digitisation
 * rates, the 766 score card, the TT 01/2020 statistics tables, late dossiers). Its sub-packages are internal:
 * {@code timeliness} (the one-stop rules: {@code Judgement} is the reference), {@code importing}, {@code indicators}
 * (the pure 766 scorer), {@code procedures} and {@code ledger}; other modules use the types of this package.
 */
@ApplicationModule(allowedDependencies = {"calendar", "org", "pakn", "plan", "shared"})
package vn.cchc.dossier;

import org.springframework.modulith.ApplicationModule;
