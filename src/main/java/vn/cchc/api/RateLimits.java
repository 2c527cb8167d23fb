package vn.cchc.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per key, in this instance's memory: {@code burst} requests at once, refilled at
 * {@code requests-per-minute}. Several instances each keep their own buckets (a client reaching two gets up to twice
 * the rate); see docs/api.md.
 */
@Component
class RateLimits {

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanos;
    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(30))
            .maximumSize(100_000).build();

    @Autowired
    RateLimits(@Value("${cchc.api.rate-limit.requests-per-minute:120}") int perMinute,
               @Value("${cchc.api.rate-limit.burst:60}") int burst) {
        this(perMinute, burst, System::nanoTime);
    }

    RateLimits(int perMinute, int burst, LongSupplier nanos) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("cchc.api.rate-limit.* must be at least 1");
        }
        this.capacity = burst;
        this.perNano = perMinute / 60e9;
        this.nanos = nanos;
    }

    /** 0 when the key may go on (a token is taken), else the whole seconds until a token is back (Retry-After). */
    long take(long keyId) {
        Bucket bucket = buckets.get(keyId, id -> new Bucket(capacity, nanos.getAsLong()));
        synchronized (bucket) {
            long now = nanos.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double seconds = (1 - bucket.tokens) / perNano / 1e9;
            return Math.max(1, (long) Math.ceil(seconds - 1e-6));   // 45.0000001 s of float noise is 45
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
