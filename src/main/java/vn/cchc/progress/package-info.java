/**
 * Progress reporting: each unit's periodic report on the plan's tasks (what it owes, from the plan's deadline rules
 * and {@link vn.cchc.plan.TaskTimeliness}), its submission, review and versions, reminders (the PAR Index's deadlines
 * among them, read through {@link vn.cchc.parindex.ParDeadlines}) and in-app notices. The plan
 * reads accepted completions through {@link vn.cchc.plan.TaskCompletions}, which this module implements; it learns of
 * task changes from the plan's {@link vn.cchc.plan.PlanTasksChanged} event.
 */
@ApplicationModule(allowedDependencies = {"calendar", "evidence", "org", "parindex", "plan", "shared"})
package vn.cchc.progress;

import org.springframework.modulith.ApplicationModule;
