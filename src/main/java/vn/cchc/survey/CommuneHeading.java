package vn.cchc.survey;

import org.springframework.stereotype.Component;
import vn.cchc.org.OrgDirectory;

/** The commune's name as the public pages and posters head them ("Phường Bắc Nha Trang"). */
@Component
class CommuneHeading {

    private final OrgDirectory org;

    CommuneHeading(OrgDirectory org) {
        this.org = org;
    }

    String of(long communeId) {
        return org.commune(communeId).name();
    }
}
