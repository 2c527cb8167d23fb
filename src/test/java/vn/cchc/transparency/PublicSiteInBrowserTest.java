package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.cchc.dossier.LookupLedger;
import vn.cchc.support.Fixture;
import vn.cchc.support.Journey;
import vn.cchc.support.MutableClock;
import vn.cchc.support.TestClockConfiguration;

/**
 * Debian's Chromium on the real server. As a citizen's phone, 390 px wide: the home, questions and procedures pages
 * without sideways scrolling and every field labelled; a dossier looked up with the last four digits of the phone
 * number shows its status card (saved as target/screenshots/public-lookup-390.png). As a commune website: a page on
 * another origin frames the public site when that origin is listed in the settings, and the browser refuses the
 * frame once it is not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class PublicSiteInBrowserTest {

    @LocalServerPort int port;
    @Autowired LookupLedger ledger;
    @Autowired PublicSites sites;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCitizenLooksUpADossierOnAPhone() {
        Fixture.Commune c = ledger.commune();
        String home = "/cong-khai/" + c.code();
        try (Journey journey = Journey.start(port)) {
            journey.resize(390);
            for (String page : new String[] {home, home + "/hoi-dap", home + "/thu-tuc", home + "/tra-cuu"}) {
                journey.open(page);
                assertThat((String) journey.script("return document.body.innerText;")).as(page)
                        .contains("Phường thử " + c.tag());
                assertThat(journey.overflow()).as(page).isLessThanOrEqualTo(0);
                assertThat((Long) journey.script("return Array.from(document.querySelectorAll("
                        + "'select, textarea, input:not([type=hidden])')).filter(i => i.labels.length === 0).length;"))
                        .as(page).isZero();
            }
            journey.find(By.id("ma")).sendKeys("L01");
            journey.find(By.id("xacminh")).sendKeys("5678");
            journey.click(By.cssSelector("main form button"));
            journey.see("Đăng ký khai sinh");
            journey.see("Quá hạn");
            assertThat(journey.overflow()).isLessThanOrEqualTo(0);
            assertThat(journey.main()).doesNotContain("Nguyễn Văn Tra Cứu").doesNotContain("5678");
            journey.screenshot(Path.of("target/screenshots/public-lookup-390.png"));
        }
    }

    @Test
    void onlyAListedWebsiteMayFrameThePublicSite() throws Exception {
        Fixture.Commune c = ledger.commune();
        HttpServer website = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String embedding = "<!DOCTYPE html><html><body><main><h1>Cổng thông tin phường</h1><iframe id=\"site\" src=\"http://localhost:"
                + port + "/cong-khai/" + c.code() + "\" style=\"width:100%;height:600px\"></iframe></main></body></html>";
        website.createContext("/", exchange -> {
            byte[] body = embedding.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        website.start();
        String origin = "http://127.0.0.1:" + website.getAddress().getPort();
        try (Journey journey = Journey.start(port)) {
            journey.resize(1366);
            allowFraming(c, origin);
            journey.openUrl(origin + "/");
            journey.see("Cổng thông tin phường");
            assertThat(frameTextAfterLoad(journey)).contains("Phường thử " + c.tag()).contains("Tra cứu hồ sơ");

            allowFraming(c, "https://phuong.example.gov.vn");
            journey.openUrl(origin + "/?lan=2");
            journey.see("Cổng thông tin phường");
            assertThat(frameTextAfterLoad(journey)).doesNotContain("Phường thử " + c.tag());
        } finally {
            website.stop(0);
        }
    }

    private void allowFraming(Fixture.Commune c, String origin) {
        PublicSiteForm form = new PublicSiteForm();
        form.setFrameAncestors(origin);
        sites.save(c.admin(), form);
    }

    /** The frame's text once the browser has had time to load (or refuse) it. */
    private static String frameTextAfterLoad(Journey journey) throws InterruptedException {
        String text = "";
        for (int i = 0; i < 20 && text.isBlank(); i++) {
            Thread.sleep(Duration.ofMillis(150).toMillis());
            text = journey.frameText(By.id("site"));
        }
        return text;
    }
}
