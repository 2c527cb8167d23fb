package vn.cchc.survey.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random id the public form keeps in a cookie, so one browser's answers can be limited and counted once, without
 * knowing whose browser it is. Only its SHA-256 is stored: the table cannot be matched back to a cookie.
 */
public final class DeviceIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 16 random bytes in unpadded base64url: 22 characters. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{22}");

    private DeviceIds() {
    }

    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a cookie's value could be one of ours; anything else gets a fresh id instead of being trusted. */
    public static boolean wellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** Lower-case hex SHA-256 of the id. */
    public static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException(missingFromTheJdk);
        }
    }
}
