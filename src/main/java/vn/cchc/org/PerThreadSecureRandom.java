package vn.cchc.org;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A secure random source with one DRBG per thread. The JDK's default source serialises every caller on one lock, and
 * the CSRF token is masked with fresh random bytes on every page: under load the request threads queued on that lock
 * (most of a kept page's time at 100 connections).
 */
final class PerThreadSecureRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final transient ThreadLocal<SecureRandom> own = ThreadLocal.withInitial(PerThreadSecureRandom::drbg);

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java 17 runtime has the DRBG source", e);
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        own.get().nextBytes(bytes);
    }
}
