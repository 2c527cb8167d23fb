/**
 * The REST API for machine clients under /api/v1: per-commune API keys with scopes (created and revoked by the
 * commune admin, stored hashed, rate limited), a stateless security chain of its own, RFC 9457 problem answers, and
 * JSON reads of each module's public queries plus the one-stop system's dossier push (docs/api.md).
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "evidence", "org", "pakn", "parindex", "plan",
        "progress", "shared", "survey"})
package vn.cchc.api;

import org.springframework.modulith.ApplicationModule;
