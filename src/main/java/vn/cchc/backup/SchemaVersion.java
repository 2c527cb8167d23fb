package vn.cchc.backup;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/** The schema's version: the latest migration Flyway applied (an archive only goes to an equal schema). */
@Component
class SchemaVersion {

    private final Flyway flyway;

    SchemaVersion(Flyway flyway) {
        this.flyway = flyway;
    }

    String current() {
        return flyway.info().current().getVersion().getVersion();
    }
}
