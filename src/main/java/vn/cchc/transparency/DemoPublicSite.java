package vn.cchc.transparency;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;

/**
 * Demo profile: the demo ward's public site names its one-stop office and the national public service portal for
 * online filing (no hotline: a made-up number could be someone's), once, on the first start.
 */
@Component
@Order(8)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoPublicSite implements ApplicationRunner {

    private static final Set<String> DEMO_COMMUNES = Set.of("Phường Bắc Nha Trang");

    private final OrgDirectory org;
    private final PublicSiteRepository sites;
    private final Clock clock;

    DemoPublicSite(OrgDirectory org, PublicSiteRepository sites, Clock clock) {
        this.org = org;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Province province : org.provinces()) {
            for (Commune c : org.communesOf(province.id())) {
                if (DEMO_COMMUNES.contains(c.name()) && sites.find(c.id()).isEmpty()) {
                    sites.save(new PublicSite(c.id(), true, List.of(), "Trụ sở UBND " + c.name(), "",
                            "https://dichvucong.gov.vn", null), clock.instant());
                }
            }
        }
    }
}
