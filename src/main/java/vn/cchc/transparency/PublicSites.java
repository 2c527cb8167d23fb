package vn.cchc.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;
import vn.cchc.shared.InvalidInput;

/**
 * Which communes publish a public site and with which settings. Every public request resolves its commune by code,
 * so the answer is cached for a short while (a saved setting takes effect at once on this instance: the save evicts
 * it); a commune that turned its site off, or a code this instance does not have, resolves to nothing.
 */
@Service
public class PublicSites {

    private final PublicSiteRepository repository;
    private final OrgDirectory org;
    private final DataStamps stamps;
    private final Clock clock;
    private final Cache<String, Optional<PublicCommune>> byCode = Caffeine.newBuilder()
            .maximumSize(5_000).expireAfterWrite(DataStamps.RECHECK).build();

    PublicSites(PublicSiteRepository repository, OrgDirectory org, DataStamps stamps, Clock clock) {
        this.repository = repository;
        this.stamps = stamps;
        this.org = org;
        this.clock = clock;
    }

    /** The published commune with this official code; empty for an unknown code or a site turned off. */
    public Optional<PublicCommune> published(String communeCode) {
        if (communeCode == null || !communeCode.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        return byCode.get(communeCode, code -> org.communeByCode(code).map(this::resolve)
                .filter(c -> c.site().enabled()));
    }

    /** Every province of this instance with its published communes, for the index pages. */
    public List<ProvinceSites> index() {
        return org.provinces().stream().map(this::sitesOf).filter(p -> !p.communes().isEmpty()).toList();
    }

    public Optional<ProvinceSites> province(String provinceCode) {
        return org.provinceByCode(provinceCode).map(this::sitesOf);
    }

    public record ProvinceSites(Province province, List<Commune> communes) {
    }

    private ProvinceSites sitesOf(Province p) {
        return new ProvinceSites(p, org.communesOf(p.id()).stream()
                .filter(c -> published(c.code()).isPresent()).toList());
    }

    private PublicCommune resolve(Commune c) {
        Province province = org.provinces().stream().filter(p -> p.id() == c.provinceId()).findFirst().orElseThrow();
        return new PublicCommune(c, province, repository.find(c.id()).orElse(PublicSite.defaults(c.id())));
    }

    /** The settings of the user's commune, for its settings page. */
    public PublicCommune settings(CurrentUser user) {
        requireEditor(user);
        return resolve(org.commune(user.requireCommune()));
    }

    /** Saves the commune's settings; origins that are not plain web origins are refused with the entries named. */
    public void save(CurrentUser user, PublicSiteForm form) {
        requireEditor(user);
        FrameAncestors.Parsed origins = FrameAncestors.parse(form.getFrameAncestors());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!origins.ok()) {
            if (origins.refused().isEmpty()) {
                problems.add("frameAncestors", "publicSite.frameAncestors.tooMany", FrameAncestors.MAX_ORIGINS);
            } else {
                problems.add("frameAncestors", "publicSite.frameAncestors.refused", String.join(", ", origins.refused()));
            }
        }
        String portal = form.getOnlinePortalUrl();
        if (!portal.isEmpty() && !portal.matches("https?://[^\\s\"'<>]+")) {
            problems.add("onlinePortalUrl", "publicSite.portal.invalid");
        }
        problems.throwIfAny();
        long communeId = user.requireCommune();
        repository.save(new PublicSite(communeId, form.isEnabled(), origins.origins(), form.getOfficeAddress(),
                form.getHotline(), portal, null), clock.instant());
        byCode.invalidate(org.commune(communeId).code());
        stamps.forget(communeId);
    }

    private void requireEditor(CurrentUser user) {
        if (!user.canEditPublicSite()) {
            throw new org.springframework.security.access.AccessDeniedException("public site settings");
        }
    }
}
