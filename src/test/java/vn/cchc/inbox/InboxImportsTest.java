package vn.cchc.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.ImportJob;
import vn.cchc.org.CurrentUser;
import vn.cchc.parindex.Scenes;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** A failed one-stop import waits on those who may import again, until a later import succeeds. */
@IntegrationTest
class InboxImportsTest {

    @Autowired InboxService inbox;
    @Autowired DossierImports imports;
    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFailedImportWaitsOnThoseWhoMayImportUntilALaterImportSucceeds() {
        Fixture.Commune c = fixture.commune();
        Fixture.Commune other = fixture.commune();
        clock.setToday(LocalDate.of(2026, 1, 12));
        ImportJob failed = imports.importNow(c.unitHead(), "khong-dung-mau.csv",
                new ByteArrayInputStream("Cột lạ;Cột khác\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(failed.state()).isIn("FAILED", "REJECTED");

        InboxItem expected = new InboxItem("khong-dung-mau.csv", failed.createdBy(),
                "/dossiers/imports/" + failed.id(), null, null, failed.finishedAt()
                        .atZone(vn.cchc.shared.VietnamTime.ZONE).toLocalDate());
        // The service centre's head, the standing agency and the commune admin may import (OneStopAccess).
        assertThat(items(c.unitHead())).containsExactly(expected);
        assertThat(items(c.standingAgency())).containsExactly(expected);
        assertThat(items(c.admin())).containsExactly(expected);
        assertThat(items(c.unitStaff())).isEmpty();
        assertThat(items(c.viewer())).isEmpty();
        assertThat(items(c.leader())).isEmpty();
        assertThat(items(other.unitHead())).isEmpty();

        scenes.ledger(c);
        assertThat(items(c.unitHead())).isEmpty();
    }

    private List<InboxItem> items(CurrentUser user) {
        return inbox.of(user).sections().stream().filter(s -> s.kind() == Inbox.Kind.IMPORTS)
                .flatMap(s -> s.items().stream()).toList();
    }
}
