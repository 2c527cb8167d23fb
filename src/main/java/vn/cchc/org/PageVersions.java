package vn.cchc.org;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Versions that move whenever data a page shows may have changed, so that a page kept by the page cache is never
 * served after a change. Every write request moves them (the cache's filter does it), and so must the work that
 * writes outside a request: imports, the morning reminders. A commune's pages follow their commune's version; a
 * province user's pages follow every commune's; both follow the version of changes made for everyone (province
 * settings and criteria, citizens' submissions, jobs).
 * <p>
 * The versions live in the database (table {@code page_version}, one sequence), so that a write through one app
 * instance renews the pages another keeps: a change moves the row and this instance's copy at once, and every
 * instance reads the table once per {@code cchc.page-cache.version-poll} (1 s). Reading a version for a page is a
 * memory read, never a query. A change the database did not take (it is down) moves this instance to a version of
 * its own and is written again at the next poll.
 */
@Component
public class PageVersions {

    private static final Logger log = LoggerFactory.getLogger(PageVersions.class);
    private static final long EVERYWHERE = 0;

    /** What a page depends on: changes made for everyone, and its own commune's (or all communes') changes. */
    public record Version(long everywhere, long own) {
    }

    private final JdbcClient jdbc;
    private final Duration poll;
    private final AtomicLong everywhere = new AtomicLong();
    private final AtomicLong anyCommune = new AtomicLong();
    private final ConcurrentHashMap<Long, AtomicLong> communes = new ConcurrentHashMap<>();
    /** Changes not yet in the database: written at the next poll. */
    private final Set<Long> unsaved = ConcurrentHashMap.newKeySet();
    /** Versions of this instance alone while the database is away: negative, never equal to a database one. */
    private final AtomicLong offline = new AtomicLong();
    private volatile boolean failing;
    private ScheduledExecutorService poller;

    public PageVersions(JdbcClient jdbc, @Value("${cchc.page-cache.version-poll:1s}") Duration poll) {
        this.jdbc = jdbc;
        this.poll = poll;
    }

    /** Data of one commune changed. */
    public void changed(long communeId) {
        move(communeId);
    }

    /** Data that any commune's pages may show changed (or it is not known whose). */
    public void changedEverywhere() {
        move(EVERYWHERE);
    }

    /** Pages answer while the start-up work (demo data, abandoned imports) still writes: its end renews them. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        changedEverywhere();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "page-versions");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::refresh, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** The version of the pages this user sees. */
    public Version forUser(CurrentUser user) {
        long own = user.communeId() == null ? anyCommune.get() : counter(user.communeId()).get();
        return new Version(everywhere.get(), own);
    }

    /** Reads every instance's changes (and writes this one's that the database missed). */
    void refresh() {
        try {
            for (Long scope : unsaved) {
                see(scope, bump(scope));
                unsaved.remove(scope);
            }
            jdbc.sql("select commune_id, version from page_version").query((rs, n) -> {
                see(rs.getLong(1), rs.getLong(2));
                return null;
            }).list();
            if (failing) {
                log.info("Page versions are read from the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("Page versions cannot be read from the database (this instance keeps its own): {}", e.toString());
                failing = true;
            }
        }
    }

    private void move(long scope) {
        try {
            see(scope, bump(scope));
        } catch (RuntimeException e) {
            unsaved.add(scope);
            long v = offline.decrementAndGet();
            counter(scope).set(v);
            if (scope != EVERYWHERE) {
                anyCommune.set(v);
            }
        }
    }

    private long bump(long scope) {
        return jdbc.sql("""
                insert into page_version (commune_id, version) values (?, nextval('page_version_seq'))
                on conflict (commune_id) do update set version = excluded.version
                returning version""").param(scope).query(Long.class).single();
    }

    /** Versions only grow: a read that an own newer change overtook leaves the newer one. */
    private void see(long scope, long version) {
        counter(scope).accumulateAndGet(version, Math::max);
        if (scope != EVERYWHERE) {
            anyCommune.accumulateAndGet(version, Math::max);
        }
    }

    private AtomicLong counter(long scope) {
        return scope == EVERYWHERE ? everywhere : communes.computeIfAbsent(scope, id -> new AtomicLong());
    }
}
