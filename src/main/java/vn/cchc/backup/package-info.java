/**
 * Backup and restore of one commune: its rows of every tenant table (found in the PostgreSQL catalog), the province
 * data they need and its evidence files, as one ZIP with a manifest and checksums, and the import of such a ZIP into
 * another instance with every id remapped along the catalog's foreign keys. See docs/backup.md.
 */
@ApplicationModule(allowedDependencies = {"org", "evidence", "shared"})
package vn.cchc.backup;

import org.springframework.modulith.ApplicationModule;
