package vn.cchc.walls;

import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.support.Fixture;

/**
 * A commune with one record of every kind a route can name, built once per test class. The office unit is the one
 * that reports (its staff files the report and answers PAR criterion A2.2); the service centre's head manages the
 * one-stop ledger; the standing agency coordinates. Every name shown on a page carries {@link #marker()}, so a page
 * that shows any of it to another commune is caught.
 */
record FullCommune(Fixture.Commune people, String marker, long plan, long task, long target, long report,
                   long reportLine, long document, long importJob, long procedure, long pakn, long openAssessment,
                   long openItem, long submittedAssessment, long submittedItem, long draftSet, long draftNode,
                   long importDraft, long survey, long surveyForm, long surveyPoint, long surveyTemplate,
                   long surveyResponse, long inspectionEntry, long inspectionRecord, long inspectionFinding,
                   long initiative, long dialogue, long article) {

    long id() {
        return people.id();
    }

    long provinceId() {
        return people.provinceId();
    }

    CurrentUser user(Role role) {
        return userOf(people, role);
    }

    static CurrentUser userOf(Fixture.Commune c, Role role) {
        return switch (role) {
            case COMMUNE_ADMIN -> c.admin();
            case LEADER -> c.leader();
            case STANDING_AGENCY -> c.standingAgency();
            case UNIT_HEAD -> c.unitHead();
            case UNIT_STAFF -> c.unitStaff();
            case VIEWER -> c.viewer();
            case PROVINCE_ADMIN -> c.provinceAdmin();
            case PROVINCE_APPRAISER -> c.appraiser();
        };
    }
}
