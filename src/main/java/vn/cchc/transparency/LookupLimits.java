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
 * A lookup takes its code's failure slot before it runs and gives it back when it finds the dossier, so parallel
 * guesses cannot all pass a check made before any of them failed. An IPv6 client is counted by its /64 network,
 * which one household or phone usually holds whole. A refused try does not count. Memory is bounded: past
 * {@code maxKeys} Caffeine evicts the least used keys, which
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
     * Counts one lookup from the address and reserves one failure of the code, unless either is at its limit; null
     * when the lookup may go on, else why not. The code is checked first so a locked code does not use up the
     * address's allowance. A lookup that finds its dossier gives the reservation back ({@link #found}).
     */
    Refusal tryLookup(String address, long communeId, String code) {
        AtomicInteger failures = codes.get(codeKey(communeId, code), k -> new AtomicInteger());
        if (failures.getAndUpdate(n -> n < failuresPerCode ? n + 1 : n) >= failuresPerCode) {
            return Refusal.CODE;
        }
        AtomicInteger used = addresses.get(network(address), a -> new AtomicInteger());
        // Counted only while under the limit: refused tries do not lengthen the wait.
        if (used.getAndUpdate(n -> n < perAddress ? n + 1 : n) >= perAddress) {
            failures.decrementAndGet();
            return Refusal.ADDRESS;
        }
        return null;
    }

    /** The lookup of the code found its dossier: its reserved failure is given back. */
    void found(long communeId, String code) {
        AtomicInteger failures = codes.getIfPresent(codeKey(communeId, code));
        if (failures != null) {
            failures.updateAndGet(n -> Math.max(0, n - 1));
        }
    }

    /** The address an allowance belongs to: an IPv4 address itself, an IPv6 address's first four groups (/64). */
    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (java.net.UnknownHostException e) {
            return address;
        }
    }

    private static String codeKey(long communeId, String code) {
        return communeId + ":" + code;
    }
}
