package vn.cchc.plan;

/**
 * Published in the same transaction when what a plan's tasks owe may have changed (a task added or edited, the plan's
 * span edited, the plan issued), so modules that keep work per task (report lines) bring it up to date; a listener
 * that fails rolls the change back with it. A deleted task needs no event: its report lines go with it (cascade).
 */
public record PlanTasksChanged(long communeId, long planId) {
}
