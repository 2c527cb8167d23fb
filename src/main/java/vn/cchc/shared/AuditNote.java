package vn.cchc.shared;

/**
 * Something the audit log records that is not a row change: a login (success or failure), a use of an API key, an
 * export. Published as an application event in the thread of the request it belongs to; the audit module writes it
 * with that request's address. Row changes are recorded by the database itself (see docs/audit.md).
 *
 * @param action    a stable code, e.g. {@code LOGIN_OK}, {@code LOGIN_FAILED}, {@code API_KEY_USED}
 * @param communeId the commune it concerns, or null for a province-wide action
 * @param actor     who acted: a username, or {@code api-key:<prefix>} for a machine client
 * @param subject   what it concerns (a username, an API path), free text
 * @param detail    anything else worth keeping, free text, may be null
 */
public record AuditNote(String action, Long communeId, String actor, String subject, String detail) {
}
