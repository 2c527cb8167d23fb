package vn.cchc.walls;

import static vn.cchc.org.Role.COMMUNE_ADMIN;
import static vn.cchc.org.Role.LEADER;
import static vn.cchc.org.Role.PROVINCE_ADMIN;
import static vn.cchc.org.Role.PROVINCE_APPRAISER;
import static vn.cchc.org.Role.STANDING_AGENCY;
import static vn.cchc.org.Role.UNIT_HEAD;
import static vn.cchc.org.Role.UNIT_STAFF;
import static vn.cchc.org.Role.VIEWER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.org.Role;

/**
 * Who may use each route, on a {@link FullCommune}: its staff member works in the office unit (whose report and PAR
 * criterion the routes name), its unit head runs the service centre (so manages the one-stop ledger), its standing
 * agency is the culture unit. The first role listed is the one the bad-value battery sends. Every other role must be
 * refused: 403 for the commune's own users; 403 or 404 for province users on commune pages (they have no commune).
 * A GET form counts as its write. Adding a route means adding its line here: the walls test fails until it is.
 */
final class RouteRules {

    static final List<Role> EVERYONE = List.of(STANDING_AGENCY, COMMUNE_ADMIN, LEADER, UNIT_HEAD, UNIT_STAFF, VIEWER,
            PROVINCE_ADMIN, PROVINCE_APPRAISER);
    static final List<Role> COMMUNE = List.of(STANDING_AGENCY, COMMUNE_ADMIN, LEADER, UNIT_HEAD, UNIT_STAFF, VIEWER);
    static final List<Role> PLAN_EDITORS = List.of(STANDING_AGENCY, COMMUNE_ADMIN);
    static final List<Role> COORDINATORS = List.of(STANDING_AGENCY, COMMUNE_ADMIN);
    /** The commune admin, the standing agency and the service centre's people (OneStopAccess). */
    static final List<Role> LEDGER = List.of(UNIT_HEAD, COMMUNE_ADMIN, STANDING_AGENCY);
    /** Coordinators and the office unit whose report, document and criterion the routes name. */
    static final List<Role> OFFICE_READERS = List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN, LEADER, VIEWER);
    static final List<Role> OFFICE = List.of(UNIT_STAFF);
    static final List<Role> PROVINCE = List.of(PROVINCE_ADMIN, PROVINCE_APPRAISER);
    /** Who makes the commune's official documents: the standing agency, the chairman and the admin. */
    static final List<Role> DOCUMENT_MAKERS = List.of(STANDING_AGENCY, LEADER, COMMUNE_ADMIN);
    /** Who downloads a submitted PAR dossier: the commune's document makers and the province. */
    static final List<Role> DOSSIER_READERS = List.of(STANDING_AGENCY, LEADER, COMMUNE_ADMIN, PROVINCE_ADMIN,
            PROVINCE_APPRAISER);
    /** Routes anyone may open without logging in. */
    static final List<String> PUBLIC = List.of("GET /login", "GET /ical/{token}.ics", "GET /khao-sat/{token}",
            "GET /khao-sat/{token}/cam-on", "GET /cong-khai", "GET /cong-khai/tinh/{provinceCode}",
            "GET /cong-khai/{communeCode}", "GET /cong-khai/{communeCode}/hoi-dap",
            "GET /cong-khai/{communeCode}/thu-tuc", "GET /cong-khai/{communeCode}/tra-cuu",
            "GET /cong-khai/{communeCode}/chi-so");
    /** Public forms: an anonymous post is answered by the form itself (a refusal without fields), never a login. */
    static final List<String> PUBLIC_FORMS = List.of("POST /khao-sat/{token}", "GET /cong-khai/**",
            "POST /cong-khai/**", "POST /cong-khai/{communeCode}/tra-cuu");
    /** Who types paper survey forms in: the one-stop managers and any unit's officer. */
    static final List<Role> INTERVIEWERS = List.of(UNIT_STAFF, UNIT_HEAD, STANDING_AGENCY, COMMUNE_ADMIN);

    /** Who files a unit's initiatives and articles: its own people and the coordinators (RegisterRoles). */
    static final List<Role> REGISTER_KEEPERS = List.of(UNIT_STAFF, UNIT_HEAD, STANDING_AGENCY, COMMUNE_ADMIN);
    /** Who edits the office unit's initiative or article: its staff and the coordinators. */
    static final List<Role> OFFICE_KEEPERS = List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN);

    /**
     * The REST API's key endpoints (vn.cchc.api): no session reaches them, whatever its role (403; anonymous 401);
     * a key's scope and commune are what ApiKeyAccessTest, DossierPushTest and ApiContractTest check.
     */
    static final List<Role> API_KEY_ONLY = List.of();
    /**
     * The OpenAPI document and Swagger UI (springdoc's own handlers, which the walls do not sweep): open to anyone,
     * checked by ApiDocumentsTest.
     */
    static final List<String> PUBLIC_API_DOCUMENTS = List.of("GET /v3/api-docs", "GET /swagger-ui.html");

    static final Map<String, List<Role>> RULES = new LinkedHashMap<>();

    static {
        // home, plans, tasks, targets
        rule("GET /", EVERYONE);
        // inbox: what waits on each commune user ("/" lands each role on its page)
        rule("GET /inbox", COMMUNE);
        rule("GET /overview", COMMUNE);
        rule("GET /my-tasks", COMMUNE);
        rule("GET /plans", COMMUNE);
        rule("GET /plans/new", PLAN_EDITORS);
        rule("POST /plans", PLAN_EDITORS);
        rule("GET /plans/{id}", COMMUNE);
        rule("GET /plans/{id}/edit", PLAN_EDITORS);
        rule("GET /plans/{id}/document.docx", DOCUMENT_MAKERS);
        rule("GET /plans/{id}/document.pdf", DOCUMENT_MAKERS);
        rule("POST /plans/{id}", PLAN_EDITORS);
        rule("POST /plans/{id}/status", List.of(LEADER, COMMUNE_ADMIN));
        rule("POST /plans/{id}/issue-request", PLAN_EDITORS);
        rule("POST /plans/{id}/issue-request/withdraw", PLAN_EDITORS);
        // The chairman's summary: the commune's coordinators read it (unit users 403, province users 404).
        rule("GET /summary", List.of(LEADER, STANDING_AGENCY, COMMUNE_ADMIN, VIEWER));
        rule("GET /plans/{planId}/deadline-preview", COMMUNE);
        rule("GET /plans/{planId}/tasks/new", PLAN_EDITORS);
        rule("POST /plans/{planId}/tasks", PLAN_EDITORS);
        rule("GET /plans/{planId}/targets/new", PLAN_EDITORS);
        rule("POST /plans/{planId}/targets", PLAN_EDITORS);
        rule("GET /tasks/{id}", COMMUNE);
        rule("GET /tasks/{id}/edit", PLAN_EDITORS);
        rule("POST /tasks/{id}", PLAN_EDITORS);
        rule("POST /tasks/{id}/delete", PLAN_EDITORS);
        rule("GET /targets/{id}/edit", PLAN_EDITORS);
        rule("POST /targets/{id}", PLAN_EDITORS);
        rule("POST /targets/{id}/delete", PLAN_EDITORS);
        rule("GET /api/v1/deadline-phrases/parse", EVERYONE);
        // plan import: read a document into a draft, review it, create the plan
        rule("GET /plans/import", PLAN_EDITORS);
        rule("POST /plans/import", PLAN_EDITORS);
        rule("GET /plans/import/{id}", PLAN_EDITORS);
        rule("POST /plans/import/{id}", PLAN_EDITORS);
        rule("POST /plans/import/{id}/create", PLAN_EDITORS);
        rule("POST /plans/import/{id}/discard", PLAN_EDITORS);
        // progress reporting
        rule("GET /progress", COMMUNE);
        rule("GET /progress/my", COMMUNE);
        rule("GET /progress/tasks/{taskId}/occurrences", COMMUNE);
        rule("GET /api/v1/progress/plans/{planId}/occurrences", COMMUNE);
        rule("POST /progress/reports", OFFICE);
        rule("GET /progress/reports/{id}", OFFICE_READERS);
        rule("POST /progress/reports/{id}/save", OFFICE);
        rule("POST /progress/reports/{id}/submit", OFFICE);
        rule("POST /progress/reports/{id}/copy-last", OFFICE);
        rule("POST /progress/reports/{id}/mark", OFFICE);
        rule("GET /progress/tasks/{taskId}/lead-evidence/{documentId}", COMMUNE);
        rule("POST /progress/reports/{id}/review", List.of(STANDING_AGENCY, COMMUNE_ADMIN, LEADER));
        rule("GET /progress/plans/{planId}/periods", COMMUNE);
        rule("POST /progress/plans/{planId}/rules", COORDINATORS);
        rule("POST /progress/plans/{planId}/window", COORDINATORS);
        rule("POST /progress/plans/{planId}/ad-hoc", COORDINATORS);
        rule("POST /progress/plans/{planId}/reopen", COORDINATORS);
        rule("GET /notifications", EVERYONE);
        // calendar of deadlines; its feed is public (the secret token is the key) and shows the token owner's dates
        rule("GET /deadlines", COMMUNE);
        rule("POST /deadlines/feed", COMMUNE);
        rule("POST /deadlines/feed/revoke", COMMUNE);
        rule("GET /ical/{token}.ics", EVERYONE);
        // one search box over the commune's work (province users have no commune: 404)
        rule("GET /search", COMMUNE);
        rule("POST /notifications/read", EVERYONE);
        // registers (issue 18): everyone of the commune reads; initiatives and articles by the unit's own people
        // (the walls' entries are the office unit's) and the coordinators; dialogues by the coordinators
        rule("GET /registers", COMMUNE);
        rule("GET /registers/initiatives", COMMUNE);
        rule("GET /registers/initiatives/new", REGISTER_KEEPERS);
        rule("POST /registers/initiatives", REGISTER_KEEPERS);
        rule("GET /registers/initiatives/{id}", COMMUNE);
        rule("GET /registers/initiatives/{id}/edit", OFFICE_KEEPERS);
        rule("POST /registers/initiatives/{id}", OFFICE_KEEPERS);
        rule("GET /registers/dialogues", COMMUNE);
        rule("GET /registers/dialogues/new", COORDINATORS);
        rule("POST /registers/dialogues", COORDINATORS);
        rule("GET /registers/dialogues/{id}", COMMUNE);
        rule("GET /registers/dialogues/{id}/edit", COORDINATORS);
        rule("POST /registers/dialogues/{id}", COORDINATORS);
        rule("GET /registers/propaganda", COMMUNE);
        rule("GET /registers/propaganda/new", REGISTER_KEEPERS);
        rule("POST /registers/propaganda", REGISTER_KEEPERS);
        rule("GET /registers/propaganda/{id}/edit", OFFICE_KEEPERS);
        rule("POST /registers/propaganda/{id}", OFFICE_KEEPERS);
        // evidence library
        rule("GET /evidence", COMMUNE);
        rule("POST /evidence", List.of(UNIT_STAFF, COMMUNE_ADMIN));
        rule("GET /evidence/{id}/file", OFFICE_READERS);
        rule("POST /evidence/{id}/hide", COORDINATORS);
        // survey questionnaires: the province's, read by all its users, published by its administrator
        rule("GET /survey/templates", EVERYONE);
        rule("POST /survey/templates/upload", List.of(PROVINCE_ADMIN));
        rule("GET /survey/templates/{id}", EVERYONE);
        rule("GET /survey/templates/{id}/json", EVERYONE);
        rule("GET /survey/templates/{id}/edit", List.of(PROVINCE_ADMIN));
        rule("POST /survey/templates/{id}/edit", List.of(PROVINCE_ADMIN));
        // working calendar (the province's)
        rule("GET /calendar", EVERYONE);
        rule("POST /calendar/days", List.of(PROVINCE_ADMIN));
        rule("POST /calendar/days/delete", List.of(PROVINCE_ADMIN));
        rule("POST /calendar/official", List.of(PROVINCE_ADMIN));
        rule("POST /calendar/import", List.of(PROVINCE_ADMIN));
        rule("GET /api/v1/calendar/working-day", EVERYONE);
        rule("GET /api/v1/calendar/add-working-days", EVERYONE);
        rule("GET /api/v1/calendar/add-working-hours", EVERYONE);
        rule("GET /api/v1/calendar/working-days-between", EVERYONE);
        rule("GET /api/v1/periods", EVERYONE);
        rule("GET /api/v1/periods/{code}", EVERYONE);
        // organisation
        rule("GET /login", EVERYONE);
        rule("GET /account", EVERYONE);
        rule("GET /org/units", COMMUNE);
        rule("POST /org/units", List.of(COMMUNE_ADMIN));
        rule("GET /org/units/{id}/edit", List.of(COMMUNE_ADMIN));
        rule("POST /org/units/{id}", List.of(COMMUNE_ADMIN));
        rule("POST /org/units/{id}/standing-agency", List.of(COMMUNE_ADMIN));
        rule("GET /org/users", List.of(COMMUNE_ADMIN));
        rule("POST /org/users", List.of(COMMUNE_ADMIN));
        rule("GET /org/users/{id}/edit", List.of(COMMUNE_ADMIN));
        rule("POST /org/users/{id}", List.of(COMMUNE_ADMIN));
        rule("POST /org/users/{id}/password", List.of(COMMUNE_ADMIN));
        rule("POST /org/users/{id}/email", List.of(COMMUNE_ADMIN));
        rule("POST /org/users/{id}/enabled", List.of(COMMUNE_ADMIN));
        rule("GET /org/communes", EVERYONE);
        rule("POST /org/communes", List.of(PROVINCE_ADMIN));
        rule("GET /org/communes/{id}/edit", List.of(PROVINCE_ADMIN));
        rule("POST /org/communes/{id}", List.of(PROVINCE_ADMIN));
        // backup and restore of one commune (issue 20): its admin and its province's admin download; the province imports
        rule("GET /backup", List.of(COMMUNE_ADMIN, PROVINCE_ADMIN));
        rule("GET /backup/communes/{communeCode}/archive.zip", List.of(COMMUNE_ADMIN, PROVINCE_ADMIN));
        rule("POST /backup/import", List.of(PROVINCE_ADMIN));
        rule("GET /org/deadline-reading", List.of(PROVINCE_ADMIN));
        rule("POST /org/deadline-reading", List.of(PROVINCE_ADMIN));
        // the audit log: the commune admin reads the commune's entries, the province admin the province's
        rule("GET /audit", List.of(COMMUNE_ADMIN, PROVINCE_ADMIN));
        rule("GET /audit/export.xlsx", List.of(COMMUNE_ADMIN, PROVINCE_ADMIN));
        // one-stop ledger, catalogue, PAKN
        rule("GET /dossiers", COMMUNE);
        rule("GET /dossiers/list", COMMUNE);
        rule("GET /dossiers/list.xlsx", COMMUNE);
        rule("GET /dossiers/late", COMMUNE);
        rule("POST /dossiers/late/apology", LEDGER);
        rule("GET /dossiers/late/letter", LEDGER);
        rule("POST /dossiers/late/letter", LEDGER);
        rule("GET /dossiers/export.xlsx", COMMUNE);
        rule("GET /dossiers/score", COMMUNE);
        rule("GET /dossiers/score.xlsx", COMMUNE);
        rule("POST /dossiers/score/manual", LEDGER);
        rule("GET /dossiers/imports", LEDGER);
        rule("POST /dossiers/imports", LEDGER);
        rule("GET /dossiers/imports/{id}", LEDGER);
        rule("GET /dossiers/imports/{id}/status", LEDGER);
        rule("POST /dossiers/imports/mapping", LEDGER);
        rule("GET /dossiers/imports/template.csv", COMMUNE);
        rule("GET /dossiers/procedures", COMMUNE);
        rule("GET /dossiers/procedures.xlsx", COMMUNE);
        rule("GET /dossiers/procedures/new", LEDGER);
        rule("POST /dossiers/procedures", LEDGER);
        rule("GET /dossiers/procedures/{id}", LEDGER);
        rule("POST /dossiers/procedures/{id}", LEDGER);
        // citizen satisfaction surveys: set up by the one-stop managers, paper forms typed by officers, a public form
        rule("GET /survey", COMMUNE);
        rule("POST /survey", LEDGER);
        rule("GET /survey/{id}", COMMUNE);
        rule("POST /survey/{id}", LEDGER);
        rule("POST /survey/{id}/template", LEDGER);
        rule("POST /survey/{id}/questions", LEDGER);
        rule("POST /survey/{id}/questions/remove", LEDGER);
        rule("POST /survey/{id}/points", LEDGER);
        rule("POST /survey/{id}/points/{pointId}/active", LEDGER);
        rule("GET /survey/{id}/points/{pointId}/qr.png", COMMUNE);
        rule("GET /survey/{id}/points/{pointId}/poster.png", COMMUNE);
        rule("GET /survey/{id}/points/{pointId}/poster.pdf", COMMUNE);
        // survey results: commune-wide public-service figures, read by every commune role; flagged responses are
        // reviewed by the coordinators
        rule("GET /survey/results", COMMUNE);
        rule("GET /survey/results.xlsx", COMMUNE);
        rule("GET /survey/responses.xlsx", COMMUNE);
        rule("GET /survey/responses", COORDINATORS);
        rule("POST /survey/responses/{id}/review", COORDINATORS);
        rule("GET /survey/{id}/interview", INTERVIEWERS);
        rule("POST /survey/{id}/interview", INTERVIEWERS);
        rule("GET /khao-sat/{token}", EVERYONE);
        rule("GET /khao-sat/{token}/cam-on", EVERYONE);
        rule("POST /khao-sat/{token}", EVERYONE);
        // the public transparency site (its unknown addresses answer 404 to anyone) and its settings
        PUBLIC.stream().filter(r -> r.contains("/cong-khai")).forEach(r -> rule(r, EVERYONE));
        PUBLIC_FORMS.stream().filter(r -> r.contains("/cong-khai")).forEach(r -> rule(r, EVERYONE));
        rule("GET /public-site", PLAN_EDITORS);
        rule("POST /public-site", PLAN_EDITORS);
        // registers: internal PAR inspections, kept by the coordinators; the office (the FullCommune finding's unit)
        // records its own finding fixed
        rule("GET /registers/inspections", COMMUNE);
        rule("GET /registers/inspections.xlsx", COMMUNE);
        rule("GET /registers/inspections/plan", COORDINATORS);
        rule("POST /registers/inspections/plan", COORDINATORS);
        rule("GET /registers/inspections/records/new", COORDINATORS);
        rule("POST /registers/inspections/records/new", COORDINATORS);
        rule("GET /registers/inspections/records/{id}", COMMUNE);
        rule("GET /registers/inspections/records/{id}/findings", COORDINATORS);
        rule("POST /registers/inspections/records/{id}/findings", COORDINATORS);
        rule("GET /registers/inspections/findings/{id}/fix", List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN));
        rule("POST /registers/inspections/findings/{id}/fix", List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN));
        // corrections: edits and deletes by the coordinators (a delete is asked on its own page first); a wrongly
        // recorded fix is undone by whoever may record it
        rule("GET /registers/inspections/plan/{id}/edit", COORDINATORS);
        rule("POST /registers/inspections/plan/{id}", COORDINATORS);
        rule("GET /registers/inspections/plan/{id}/delete", COORDINATORS);
        rule("POST /registers/inspections/plan/{id}/delete", COORDINATORS);
        rule("GET /registers/inspections/records/{id}/edit", COORDINATORS);
        rule("POST /registers/inspections/records/{id}", COORDINATORS);
        rule("GET /registers/inspections/records/{id}/delete", COORDINATORS);
        rule("POST /registers/inspections/records/{id}/delete", COORDINATORS);
        rule("GET /registers/inspections/findings/{id}/edit", COORDINATORS);
        rule("POST /registers/inspections/findings/{id}", COORDINATORS);
        rule("GET /registers/inspections/findings/{id}/delete", COORDINATORS);
        rule("POST /registers/inspections/findings/{id}/delete", COORDINATORS);
        rule("POST /registers/inspections/findings/{id}/reopen", List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN));
        rule("GET /pakn", COMMUNE);
        rule("GET /pakn.xlsx", COMMUNE);
        rule("GET /pakn/new", LEDGER);
        rule("POST /pakn", LEDGER);
        rule("GET /pakn/{id}", LEDGER);
        rule("POST /pakn/{id}", LEDGER);
        // PAR Index: the commune's assessments
        rule("GET /parindex", EVERYONE);
        rule("POST /parindex/assessments", COORDINATORS);
        rule("GET /parindex/assessments/{id}", EVERYONE);
        rule("POST /parindex/assessments/{id}/approve", List.of(LEADER));
        rule("POST /parindex/assessments/{id}/explanations", List.of(PROVINCE_APPRAISER));
        rule("POST /parindex/assessments/{id}/explanations/submit", List.of(LEADER, STANDING_AGENCY, COMMUNE_ADMIN));
        rule("POST /parindex/assessments/{id}/finalise", List.of(PROVINCE_APPRAISER));
        rule("GET /parindex/assessments/{id}/snapshots/{versionNo}", EVERYONE);
        rule("GET /parindex/assessments/{id}/evidence/{documentId}", EVERYONE);
        rule("GET /parindex/assessments/{id}/export.xlsx", EVERYONE);
        rule("GET /parindex/assessments/{id}/dossier.docx", DOSSIER_READERS);
        rule("GET /parindex/assessments/{id}/dossier.pdf", DOSSIER_READERS);
        rule("GET /parindex/assessments/{id}/evidence.zip", DOSSIER_READERS);
        rule("GET /parindex/items/{itemId}", COMMUNE);
        rule("POST /parindex/items/{itemId}", OFFICE);
        rule("POST /parindex/items/{itemId}/submit", OFFICE);
        rule("POST /parindex/items/{itemId}/review", COORDINATORS);
        rule("POST /parindex/items/{itemId}/unit", COORDINATORS);
        rule("POST /parindex/items/{itemId}/links", COORDINATORS);
        rule("POST /parindex/items/{itemId}/appraise", List.of(PROVINCE_APPRAISER));
        rule("POST /parindex/items/{itemId}/explain", List.of(UNIT_STAFF, STANDING_AGENCY, COMMUNE_ADMIN, LEADER));
        rule("GET /parindex/forecast", COMMUNE);
        rule("GET /parindex/province", PROVINCE);
        rule("GET /parindex/province.xlsx", PROVINCE);
        rule("GET /province", PROVINCE);
        // PAR Index: the province's criteria sets (read by everyone of the province)
        rule("GET /parindex/sets", EVERYONE);
        rule("POST /parindex/sets/import", List.of(PROVINCE_ADMIN));
        rule("POST /parindex/sets/example", List.of(PROVINCE_ADMIN));
        rule("GET /parindex/sets/{id}", EVERYONE);
        rule("GET /parindex/sets/{id}/export.json", EVERYONE);
        rule("GET /parindex/sets/{id}/export.xlsx", EVERYONE);
        rule("POST /parindex/sets/{id}/publish", List.of(PROVINCE_ADMIN));
        rule("POST /parindex/sets/{id}/new-version", List.of(PROVINCE_ADMIN));
        rule("POST /parindex/sets/{id}/delete", List.of(PROVINCE_ADMIN));
        rule("GET /parindex/sets/{id}/nodes/{nodeId}", List.of(PROVINCE_ADMIN));
        rule("POST /parindex/sets/{id}/nodes/{nodeId}", List.of(PROVINCE_ADMIN));
        // official documents: the province's templates
        rule("GET /documents/templates", List.of(PROVINCE_ADMIN));
        rule("GET /documents/templates/{kind}/default.docx", List.of(PROVINCE_ADMIN));
        rule("GET /documents/templates/{kind}/current.docx", List.of(PROVINCE_ADMIN));
        rule("POST /documents/templates/{kind}", List.of(PROVINCE_ADMIN));
        rule("POST /documents/templates/{kind}/default", List.of(PROVINCE_ADMIN));
        // official documents: the province's periodic report calendar (read by everyone of the province)
        rule("GET /documents/report-types", EVERYONE);
        rule("GET /documents/report-types/{type}/edit", List.of(PROVINCE_ADMIN));
        rule("POST /documents/report-types/{type}", List.of(PROVINCE_ADMIN));
        rule("POST /documents/report-types/{type}/reset", List.of(PROVINCE_ADMIN));
        // official documents: the commune's own periodic CCHC reports
        rule("GET /documents", DOCUMENT_MAKERS);
        rule("GET /documents/periodic", DOCUMENT_MAKERS);
        rule("GET /documents/periodic/{planId}/{type}", DOCUMENT_MAKERS);
        rule("POST /documents/periodic/{planId}/{type}", DOCUMENT_MAKERS);
        rule("POST /documents/periodic/{planId}/{type}/submit", DOCUMENT_MAKERS);
        rule("GET /documents/periodic/{planId}/{type}/report.docx", DOCUMENT_MAKERS);
        rule("GET /documents/periodic/{planId}/{type}/report.pdf", DOCUMENT_MAKERS);
        rule("GET /documents/periodic/{planId}/{type}/statistics.xlsx", DOCUMENT_MAKERS);
        rule("GET /documents/periodic/{planId}/{type}/submissions/{versionNo}.docx",
                List.of(STANDING_AGENCY, LEADER, COMMUNE_ADMIN, PROVINCE_ADMIN, PROVINCE_APPRAISER));
        rule("GET /documents/periodic/submitted", PROVINCE);
        // the REST API for machine clients: the commune admin's keys page, and the key endpoints
        rule("GET /api-keys", List.of(COMMUNE_ADMIN));
        rule("POST /api-keys", List.of(COMMUNE_ADMIN));
        rule("POST /api-keys/{keyId}/revoke", List.of(COMMUNE_ADMIN));
        for (String route : List.of("GET /api/v1/plans", "GET /api/v1/plans/{planId}", "GET /api/v1/plans/{planId}/targets",
                "GET /api/v1/plans/{planId}/tasks", "GET /api/v1/plans/{planId}/reports", "GET /api/v1/evidence",
                "GET /api/v1/pakn", "GET /api/v1/indicators", "GET /api/v1/indicators/766", "GET /api/v1/par-scores",
                "GET /api/v1/survey-results", "POST /api/v1/dossiers")) {
            rule(route, API_KEY_ONLY);
        }
    }

    private RouteRules() {
    }

    private static void rule(String route, List<Role> allowed) {
        if (RULES.put(route, allowed) != null) {
            throw new IllegalStateException("two rules for " + route);
        }
    }
}
