package vn.cchc.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The id of a request: the caller's if it is sane, else a random version 4 UUID of our own. */
class RequestIdTest {

    @Test
    void aNewIdIsARandomVersionFourUuid() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIdFilter.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theCallersSaneIdIsKeptAndAnInsaneOneReplaced() {
        assertThat(RequestIdFilter.idOf("lb-7f3a9c")).isEqualTo("lb-7f3a9c");
        assertThat(RequestIdFilter.idOf("bad id\nwith a line break")).doesNotContain("\n").hasSize(36);
        assertThat(RequestIdFilter.idOf(null)).hasSize(36);
    }
}
