/**
 * The calendar of deadlines: every due date that concerns a user (task occurrences, units' reports, the commune's
 * periodic reports, PAR Index deadlines, PAKN answers,
 * inspection findings to fix) as a month view and as a secret iCalendar feed. It only
 * reads the other modules through their small public queries.
 */
@ApplicationModule(allowedDependencies = {"calendar", "documents", "org", "pakn", "parindex", "plan", "progress",
        "registers", "shared"})
package vn.cchc.deadlines;

import org.springframework.modulith.ApplicationModule;
