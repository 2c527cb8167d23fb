package vn.cchc.org;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counters that move whenever data a page shows may have changed, so that a page kept by the page cache is never
 * served after a change. Every write request moves them (the cache's filter does it), and so must the work that
 * writes outside a request: imports, the morning reminders. A commune's pages follow their commune's counter; a
 * province user's pages follow every commune's; both follow the counter of changes made for everyone (province
 * settings and criteria, citizens' submissions, jobs). Counters live in this instance (see docs/performance.md).
 */
@Component
public class PageVersions {

    /** What a page depends on: changes made for everyone, and its own commune's (or all communes') changes. */
    public record Version(long everywhere, long own) {
    }

    private final AtomicLong everywhere = new AtomicLong();
    private final AtomicLong anyCommune = new AtomicLong();
    private final ConcurrentHashMap<Long, AtomicLong> communes = new ConcurrentHashMap<>();

    /** Data of one commune changed. */
    public void changed(long communeId) {
        communes.computeIfAbsent(communeId, id -> new AtomicLong()).incrementAndGet();
        anyCommune.incrementAndGet();
    }

    /** Data that any commune's pages may show changed (or it is not known whose). */
    public void changedEverywhere() {
        everywhere.incrementAndGet();
    }

    /** Pages answer while the start-up work (demo data, abandoned imports) still writes: its end renews them. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        changedEverywhere();
    }

    /** The version of the pages this user sees. */
    public Version forUser(CurrentUser user) {
        long own = user.communeId() == null ? anyCommune.get()
                : communes.computeIfAbsent(user.communeId(), id -> new AtomicLong()).get();
        return new Version(everywhere.get(), own);
    }
}
