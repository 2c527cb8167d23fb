package vn.cchc.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The public dossier lookup's brakes against guessing, in memory only (per instance: two instances behind a load
 * balancer each count their own share). Two counters, each a fixed window opened by its first event:
 * <ul>
 * <li>lookups per client address, found or not, so one address cannot sweep codes;</li>
 * <li>failed lookups per dossier code (of this commune), counted whether the code exists or not, so a lock says
 * nothing about existence; while a code is locked even the right factor is refused, so four digits cannot be
 * tried through by changing address.</li>
 * </ul>
 * A refused try does not count. Memory is bounded: past {@code maxKeys} Caffeine evicts the least used keys, which
 * can cost a flood of fresh addresses or codes its own counts but never exhausts the heap.
 */
final class LookupLimits {

    /** Why a lookup is refused before it is tried. */
    enum Refusal {
        ADDRESS, CODE
    }

    private final int perAddress;
    private final int failuresPerCode;
    private final Cache<String, AtomicInteger> addresses;
    private final Cache<String, AtomicInteger> codes;

    LookupLimits(int perAddress, Duration addressWindow, int failuresPerCode, Duration codeWindow, int maxKeys,
                 Ticker ticker) {
        if (perAddress < 1 || failuresPerCode < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("Lookup limits must allow at least one try");
        }
        this.perAddress = perAddress;
        this.failuresPerCode = failuresPerCode;
        this.addresses = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(addressWindow).ticker(ticker).build();
        this.codes = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterWrite(codeWindow).ticker(ticker).build();
    }

    /**
     * Counts one lookup from the address unless it or the code is at its limit; null when the lookup may go on,
     * else why not. The code is checked first so a locked code does not use up the address's allowance.
     */
    Refusal tryLookup(String address, long communeId, String code) {
        AtomicInteger failures = codes.getIfPresent(codeKey(communeId, code));
        if (failures != null && failures.get() >= failuresPerCode) {
            return Refusal.CODE;
        }
        AtomicInteger used = addresses.get(address, a -> new AtomicInteger());
        // Counted only while under the limit: refused tries do not lengthen the wait.
        int before = used.getAndUpdate(n -> n < perAddress ? n + 1 : n);
        return before < perAddress ? null : Refusal.ADDRESS;
    }

    /** A lookup of the code found nothing (unknown code, another commune's, or a wrong factor). */
    void failed(long communeId, String code) {
        codes.get(codeKey(communeId, code), k -> new AtomicInteger()).incrementAndGet();
    }

    private static String codeKey(long communeId, String code) {
        return communeId + ":" + code;
    }
}
