/**
 * The commune's public transparency site (trang công khai), open without login: a province index, and per commune
 * the dossier lookup by code and a second factor the citizen holds, the published PAKN questions and answers, the
 * procedure catalogue, and the service, 766 and satisfaction figures as charts. Nothing personal is shown; pages
 * carry ETag and Last-Modified from the commune's data stamp and may be framed by the origins the commune lists.
 */
@ApplicationModule(allowedDependencies = {"calendar", "dossier", "org", "pakn", "shared", "survey"})
package vn.cchc.transparency;

import org.springframework.modulith.ApplicationModule;
