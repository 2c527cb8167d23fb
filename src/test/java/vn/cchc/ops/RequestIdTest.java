package vn.cchc.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The id of a request: the caller's if it is sane, else a new one of our own. */
class RequestIdTest {

    @Test
    void theCallersSaneIdIsKeptAndAnInsaneOneReplaced() {
        assertThat(RequestIdFilter.idOf("lb-7f3a9c")).isEqualTo("lb-7f3a9c");
        assertThat(RequestIdFilter.idOf("bad id\nwith a line break")).doesNotContain("\n").hasSize(36);
        assertThat(RequestIdFilter.idOf(null)).hasSize(36);
    }
}
