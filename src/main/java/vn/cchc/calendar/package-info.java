/**
 * Working calendars per province (statutory and lunar holidays, swapped days, office hours) and typed periods
 * (month, quarter, half-year, nine months, year) with the choice of periods indicator pages offer. Every deadline and timeliness rule counts its days here.
 */
@ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.cchc.calendar;

import org.springframework.modulith.ApplicationModule;
