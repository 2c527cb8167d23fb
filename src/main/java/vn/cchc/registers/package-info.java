/**
 * The recurring PAR duties kept as registers (issue 18): internal CCHC inspections (plan, records, findings and
 * their remediation), initiatives (proposed, applied, recognised), dialogues with citizens, and propaganda
 * (articles and broadcasts). Each register offers its counts and rates to plan targets and PAR criteria as
 * indicators (plan's {@code IndicatorSource}), so no one counts them by hand. Sub-packages per register are internal.
 */
@ApplicationModule(allowedDependencies = {"calendar", "evidence", "org", "plan", "shared"})
package vn.cchc.registers;

import org.springframework.modulith.ApplicationModule;
