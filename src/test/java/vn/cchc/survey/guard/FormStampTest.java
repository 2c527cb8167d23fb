package vn.cchc.survey.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormStampTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant SERVED = Instant.ofEpochSecond(1_796_000_000L);
    /** HMAC-SHA256("tok-A|1796000000") under SECRET in unpadded base64url, computed with Python's hmac module. */
    private static final String SIGNATURE = "caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c";

    private final FormStamp stamps = new FormStamp(SECRET);

    @Test
    void aStampIsTheSecondsAndTheirSignatureAndGivesTheTimeBack() {
        String stamp = stamps.issue("tok-A", SERVED.plusMillis(900));
        assertThat(stamp).isEqualTo("1796000000." + SIGNATURE);
        assertThat(stamps.verify("tok-A", stamp)).contains(SERVED);
    }

    @Test
    void aStampFromAnotherSurveyOrAnotherSecretIsRefused() {
        String stamp = stamps.issue("tok-A", SERVED);
        assertThat(stamps.verify("tok-B", stamp)).isEmpty();
        byte[] otherSecret = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        assertThat(new FormStamp(otherSecret).verify("tok-A", stamp)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1796000001.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c",  // later served time, same signature
            "1795999999.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c",
            "01796000000.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c", // same number, not its canonical digits
            "+1796000000.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c",
            "1796000000.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88d",  // signature's last character altered
            "1796000000.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88",   // signature cut short
            "1796000000.",
            "1796000000",
            ".caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c",
            "",
            "abc.def",
            "99999999999999999999.caccoBBlG9lu1ixUcmCrgErGk2mgsF5mEVFBhcsi88c"
    })
    void anAlteredOrGarbledStampIsRefused(String stamp) {
        assertThat(stamps.verify("tok-A", stamp)).isEmpty();
    }

    @Test
    void aMissingStampOrTokenIsRefused() {
        assertThat(stamps.verify("tok-A", null)).isEmpty();
        assertThat(stamps.verify(null, "1796000000." + SIGNATURE)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new FormStamp(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }
}
