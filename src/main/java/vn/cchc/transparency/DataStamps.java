package vn.cchc.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.cchc.dossier.DossierImports;

/**
 * When a commune's published data last changed: the latest of its last finished import, its settings, and (added by
 * each section) the PAKN answers and the procedure catalogue; never before this instance started, so a new release's
 * pages are fetched afresh. Pages answer 304 while the stamp stands, and computed figures are cached per stamp. The
 * stamp is read at most every few seconds per commune, so an import shows on the public site within that time.
 */
@Component
class DataStamps {

    static final Duration RECHECK = Duration.ofSeconds(5);

    private final DossierImports imports;
    private final Instant started;
    private final Cache<Long, Instant> stamps;

    DataStamps(DossierImports imports, Clock clock) {
        this.imports = imports;
        this.started = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.stamps = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(RECHECK).build();
    }

    Instant of(PublicCommune c) {
        return stamps.get(c.id(), id -> Stream.of(Optional.ofNullable(c.site().updatedAt()), imports.lastImportedAt(id))
                .flatMap(Optional::stream).map(t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .reduce(started, (a, b) -> a.isAfter(b) ? a : b));
    }
}
