/**
 * The yearly or half-yearly PAR plan: reform areas, targets with thresholds and tasks with units and deadline
 * phrases, the deadline grammar that reads those phrases into rules, and the task status rule
 * ({@link vn.cchc.plan.TaskTimeliness}, giving a {@link vn.cchc.plan.TaskStatus}) every module uses.
 */
@ApplicationModule(allowedDependencies = {"calendar", "org", "shared"})
package vn.cchc.plan;

import org.springframework.modulith.ApplicationModule;
