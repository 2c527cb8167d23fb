package vn.cchc.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum stored beside every kept file, upload and issued document: SHA-256, as lower-case hex. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest, for content read as a stream. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }
}
