package vn.cchc.plan;

/**
 * The two settings of the timeliness rule: how many days ahead an open occurrence counts as due soon
 * ({@code cchc.plan.due-soon-days}), and how many working days before the lead's due date a coordinating unit owes
 * its input ({@code cchc.progress.coordinator-lead-working-days}).
 */
public record TimelinessSettings(int dueSoonDays, int coordinatorLeadWorkingDays) {
}
