package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed entries become frame-ancestors sources, and the header built from them. */
class FrameAncestorsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "https://phuong.example.gov.vn|https://phuong.example.gov.vn",
            "https://Phuong.Example.GOV.vn/|https://phuong.example.gov.vn",
            "HTTPS://a.vn|https://a.vn",
            "https://a.vn:8443|https://a.vn:8443",
            "https://a.vn:08443|https://a.vn:8443",
            "http://intranet.local|http://intranet.local",
            "https://*.khanhhoa.gov.vn|https://*.khanhhoa.gov.vn",
            "https://*.example.vn|https://*.example.vn",
            "https://xã.vn|https://xn--x-yfa.vn",
            "https://localhost|https://localhost"})
    void aPlainOriginIsKeptNormalised(String entry, String origin) {
        assertThat(FrameAncestors.origin(entry)).isEqualTo(origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "'self'", "'none'", "https://*", "https://*.vn", "ftp://a.vn", "javascript:alert(1)",
            "https://a.vn/trang", "https://a.vn?x=1", "https://a.vn#x", "a.vn", "//a.vn", "https://a.vn:0",
            "https://a.vn:70000", "https://a..vn", "https://-a.vn", "https://a.vn;script-src", "https://user@a.vn",
            "data:", "https://a_b.vn", "https://*.*.vn", "https://*.gov.vn", "https://*.com.vn", "http://*.edu.vn"})
    void anythingButAPlainOriginIsRefused(String entry) {
        assertThat(FrameAncestors.origin(entry)).isNull();
    }

    @Test
    void aListIsSplitOnLinesSpacesAndCommasWithoutRepeats() {
        FrameAncestors.Parsed p = FrameAncestors.parse("https://a.vn\r\n https://b.vn, https://A.vn/ \n\n bad");
        assertThat(p.origins()).containsExactly("https://a.vn", "https://b.vn");
        assertThat(p.refused()).containsExactly("bad");
        assertThat(p.ok()).isFalse();
        assertThat(FrameAncestors.parse("").ok()).isTrue();
        assertThat(FrameAncestors.parse(null).origins()).isEmpty();
    }

    @Test
    void moreThanTwentyOriginsAreTooMany() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= 21; i++) {
            s.append("https://x").append(i).append(".vn\n");
        }
        assertThat(FrameAncestors.parse(s.toString()).ok()).isFalse();
        assertThat(FrameAncestors.parse(s.substring(0, s.lastIndexOf("https://x21"))).ok()).isTrue();
    }

    @Test
    void theHeaderLetsOnlyTheSiteItselfAndTheListedOriginsFrameIt() {
        assertThat(FrameAncestors.contentSecurityPolicy(List.of())).endsWith("frame-ancestors 'self'")
                .contains("script-src 'self'").contains("object-src 'none'").doesNotContain("unsafe");
        assertThat(FrameAncestors.contentSecurityPolicy(List.of("https://a.vn", "https://*.b.vn")))
                .endsWith("frame-ancestors 'self' https://a.vn https://*.b.vn");
    }
}
