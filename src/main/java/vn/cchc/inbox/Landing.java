package vn.cchc.inbox;

import vn.cchc.org.Role;

/**
 * The page each role starts from: the chairman reads the commune's summary, the province's people their province's
 * page, and everyone else of the commune what waits on them.
 */
final class Landing {

    private Landing() {
    }

    static String of(Role role) {
        return switch (role) {
            case LEADER -> "/summary";
            case PROVINCE_APPRAISER, PROVINCE_ADMIN -> "/province";
            case COMMUNE_ADMIN, STANDING_AGENCY, UNIT_HEAD, UNIT_STAFF, VIEWER -> "/inbox";
        };
    }
}
