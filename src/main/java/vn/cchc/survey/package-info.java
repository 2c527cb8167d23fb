/**
 * Citizen satisfaction surveys (SIPAS): questionnaires a province publishes as versioned data, a commune's surveys
 * with its own questions, the public form behind a QR code per counter, unit or procedure field, paper forms entered
 * by an officer, the abuse checks on anonymous answers, and the satisfaction indices per element, part, unit, field,
 * counter and period. The figures reach plan targets and PAR criteria as indicators (plan's {@code IndicatorSource})
 * and a rating given with a dossier code reaches the dossier for the 766 score (dossier's {@code DossierRatings}).
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "org", "plan", "shared"})
package vn.cchc.survey;

import org.springframework.modulith.ApplicationModule;
