package vn.cchc.survey.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceIdsTest {

    @Test
    void aNewIdIs22UrlSafeCharactersAndNeverRepeats() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = DeviceIds.newId();
            assertThat(id).matches("[A-Za-z0-9_-]{22}");
            assertThat(DeviceIds.wellFormed(id)).isTrue();
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @Test
    void onlyTheSha256OfAnIdIsKept() {
        // FIPS 180-2's example: SHA-256("abc").
        assertThat(DeviceIds.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aCookieThatIsNotOneOfOurIdsIsNotWellFormed() {
        assertThat(DeviceIds.wellFormed(null)).isFalse();
        assertThat(DeviceIds.wellFormed("short")).isFalse();
        assertThat(DeviceIds.wellFormed("AAAAAAAAAAAAAAAAAAAAA+")).isFalse();   // 22, but '+' is not url-safe
        assertThat(DeviceIds.wellFormed("AAAAAAAAAAAAAAAAAAAAAAA")).isFalse();  // 23
        assertThat(DeviceIds.wellFormed("AAAAAAAAAAAAAAAAAAAAA-")).isTrue();
    }
}
