package vn.cchc.plan;

/**
 * Published in the same transaction when a drafter sends (or resends) a draft plan to the chairman for issuing, so
 * that the notices module tells the commune's chairmen; a listener that fails rolls the request back with it.
 */
public record PlanIssueRequested(long communeId, long planId, String planTitle, IssueRequest request) {
}
