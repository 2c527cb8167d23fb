package vn.cchc.survey.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * When a form was served, carried in a hidden field the browser cannot alter unnoticed: "epochSeconds.signature",
 * the signature an HMAC-SHA256 of "surveyToken|epochSeconds" under a server secret. Binding the survey's token keeps
 * a stamp from one survey's form from vouching for another's; the timing checks rely on the time being genuine.
 */
public final class FormStamp {

    private static final String ALGORITHM = "HmacSHA256";
    /** Seconds in canonical form only (no sign, no leading zero), so each time has exactly one stamp. */
    private static final Pattern SECONDS = Pattern.compile("0|[1-9][0-9]{0,11}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    public FormStamp(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("A form stamp secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public String issue(String surveyToken, Instant at) {
        String seconds = Long.toString(at.getEpochSecond());
        return seconds + "." + signature(surveyToken, seconds);
    }

    /** The time the stamp was issued at for this survey, or empty when it was altered, forged or garbled. */
    public Optional<Instant> verify(String surveyToken, String stamp) {
        if (surveyToken == null || stamp == null) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot < 0 || !SECONDS.matcher(stamp.substring(0, dot)).matches()) {
            return Optional.empty();
        }
        String seconds = stamp.substring(0, dot);
        byte[] expected = signature(surveyToken, seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        // Constant time: how much of a guess matched must not show in the response time.
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(seconds)));
    }

    private String signature(String surveyToken, String seconds) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return BASE64.encodeToString(mac.doFinal((surveyToken + "|" + seconds).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
