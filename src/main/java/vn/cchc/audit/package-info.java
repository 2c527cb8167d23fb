/**
 * The audit log: who changed what, when and from where. Row changes of the audited tables are written by database
 * triggers (migration {@code db/migration/audit}), told who acts by {@link vn.cchc.audit.ActorDataSource}; logins and
 * every {@link vn.cchc.shared.AuditNote} are written here. The commune admin reads their commune's entries, the
 * province admin the province's (docs/audit.md).
 */
@ApplicationModule(allowedDependencies = {"org", "shared"})
package vn.cchc.audit;

import org.springframework.modulith.ApplicationModule;
