package vn.cchc.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.LedgerImported;
import vn.cchc.dossier.ProcedureCatalogueChanged;
import vn.cchc.dossier.PublicProcedures;
import vn.cchc.pakn.PaknChanged;
import vn.cchc.pakn.PaknService;

/**
 * What a commune's published data last changed by: its last finished import, its site settings, and (added by each
 * section) its PAKN answers and procedure catalogue. The version names each source's own mark, so any change gives
 * new page tags even within one second; Last-Modified is the latest time, never before this instance started, so a
 * new release's pages are fetched afresh. The stamp is read at most every few seconds per commune: an import or a
 * settings change made through this instance shows at once, one made through another instance within that time.
 */
@Component
class DataStamps {

    static final Duration RECHECK = Duration.ofSeconds(5);

    /** The latest change ({@code lastModified}) and a version that differs after any change. */
    record Stamp(Instant lastModified, String version) {
    }

    private final DossierImports imports;
    private final PaknService pakn;
    private final PublicProcedures procedures;
    private final Instant started;
    private final Cache<Long, Stamp> stamps;

    DataStamps(DossierImports imports, PaknService pakn, PublicProcedures procedures, Clock clock) {
        this.imports = imports;
        this.pakn = pakn;
        this.procedures = procedures;
        this.started = clock.instant();
        this.stamps = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(RECHECK).build();
    }

    /** Reads the stamp afresh on the next request (a change made through this instance shows at once). */
    void forget(long communeId) {
        stamps.invalidate(communeId);
    }

    /** A PAKN answer saved here shows at once (its published date may have made it public). */
    @EventListener
    void paknChanged(PaknChanged e) {
        forget(e.communeId());
    }

    @EventListener
    void catalogueChanged(ProcedureCatalogueChanged e) {
        forget(e.communeId());
    }

    /** An import through this instance shows at once (other instances see it within {@link #RECHECK}). */
    @EventListener
    void imported(LedgerImported event) {
        forget(event.communeId());
    }

    Stamp of(PublicCommune c) {
        return stamps.get(c.id(), id -> {
            Marks marks = new Marks(started);
            marks.add("site", c.site().updatedAt());
            imports.lastImport(id).ifPresent(i -> marks.add("import" + i.importId(), i.at()));
            marks.add("pakn", pakn.lastChange(id).orElse(null));
            marks.add("procedures", procedures.lastChange(id).orElse(null));
            return marks.stamp();
        });
    }

    /** Collects each source's mark and the latest time among them. */
    private static final class Marks {
        private final StringBuilder version = new StringBuilder();
        private Instant latest;

        Marks(Instant floor) {
            this.latest = floor;
            add("start", floor);
        }

        void add(String source, Instant at) {
            version.append(source).append('@').append(at == null ? "-" : at.toEpochMilli()).append(';');
            if (at != null && at.isAfter(latest)) {
                latest = at;
            }
        }

        Stamp stamp() {
            return new Stamp(latest.truncatedTo(ChronoUnit.SECONDS), version.toString());
        }
    }
}
