package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.cchc.dossier.LookupLedger;
import vn.cchc.shared.SearchText;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The privacy sweep: a commune whose ledger, PAKN items and users hold personal values, and every public page a
 * visitor can reach from the index in both languages (plus the lookup with the right second factor and the search
 * boxes). No response, body or header, may hold any of those values, with or without diacritics, and no link may
 * leave the public site for the app.
 */
@IntegrationTest
class PublicPrivacySweepTest {

    /** What the public must never see: applicants, the officer, phone digits, check codes, a PAKN's raw text. */
    private static final List<String> PERSONAL = List.of("Nguyễn Văn Tra Cứu", "Lê Thị Hỏi", "Phạm Văn Chờ",
            "Võ Thị Nhận", "Đỗ Văn Rút", "Trần Thị Cán Bộ", "0912", "5678", "4321", "1222", "3444", "7888", "AB12CD",
            "ab-12", "HSX9KQ2", "RUT5555", "Hoàng Văn Khiếu Nại", "0987 111 222", "số nhà 45 Lê Lợi", "HS-KN-7788");
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    @Autowired LookupLedger ledger;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    Fixture.Commune c;
    List<String> personal = new ArrayList<>(PERSONAL);
    /** Lookups that showed their dossier's card. */
    int found;

    @BeforeEach
    void communeWithPersonalData() throws Exception {
        c = ledger.commune();
        // a PAKN item whose raw text names the citizen and a dossier; only its cleaned question and answer are public
        mvc.perform(post("/pakn").with(user(c.unitHead())).with(csrf()).param("code", "PA-01")
                .param("receivedOn", "02/02/2026").param("channel", "HOTLINE")
                .param("content", "Hoàng Văn Khiếu Nại, số nhà 45 Lê Lợi, ĐT 0987 111 222, hỏi về hồ sơ HS-KN-7788 trễ hẹn")
                .param("dossierCode", "HS-KN-7788").param("answeredOn", "05/02/2026").param("publishedOn", "06/02/2026")
                .param("publicQuestion", "Công dân hỏi vì sao hồ sơ đất đai trễ hẹn.")
                .param("answer", "Hồ sơ cần xác minh thêm; UBND phường đã xin lỗi và hẹn lại ngày trả."))
                .andReturn();
        mvc.perform(post("/public-site").with(user(c.admin())).with(csrf()).param("enabled", "true")
                .param("hotline", "0258 3000 000").param("officeAddress", "Trụ sở UBND phường")
                .param("onlinePortalUrl", "https://dichvucong.example.vn")).andReturn();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noPublicPageShowsAnyPersonalValueOrLinksIntoTheApp() throws Exception {
        String home = "/cong-khai/" + c.code();
        // the commune's users: their names ("Người dùng t5.admin") and logins (t5.admin, t5.tt, …)
        personal.addAll(List.of("Người dùng", c.admin().getUsername(), c.unitHead().getUsername(),
                c.standingAgency().getUsername(), c.leader().getUsername()));
        Set<String> seen = new LinkedHashSet<>();
        found = 0;
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            Deque<String> queue = new ArrayDeque<>(List.of("/cong-khai", "/cong-khai/tinh/" + c.provinceCode(), home,
                    home + "/hoi-dap?q=dat+dai", home + "/thu-tuc?q=khai+sinh", home + "/tra-cuu?ma=L01"));
            Set<String> visited = new LinkedHashSet<>();
            while (!queue.isEmpty() && visited.size() < 400) {
                String path = queue.poll();
                if (!visited.add(path)) {
                    continue;
                }
                String body = check(get(path).param("lang", lang), path, problems);
                for (String link : links(body)) {
                    String target = URI.create(path).resolve(link.replace("&amp;", "&")).toString();
                    if (target.startsWith("/cong-khai")) {
                        String next = target.replaceAll("#.*$", "").replaceAll("[?&]lang=(vi|en)", "");
                        // the index lists other communes too: their sites are other tests' data
                        if (next.startsWith(home) || next.equals("/cong-khai/tinh/" + c.provinceCode()) || next.equals("/cong-khai")) {
                            queue.add(next);
                        }
                    } else if (!allowedOutside(target)) {
                        problems.add(path + " links into the app or elsewhere: " + link);
                    }
                }
            }
            seen.addAll(visited);
            // every dossier with each right factor (the status card), then a wrong one (the miss)
            String[][] tries = {{"L01", "5678"}, {"L01", "AB12CD"}, {"L02", "4321"}, {"L03", "1222"}, {"L03", "HSX9KQ2"},
                    {"L04", "3444"}, {"L05", "7888"}, {"L05", "RUT5555"}, {"L01", "0000"}, {"L04", "0000"}};
            for (String[] t : tries) {
                String body = check(post(home + "/tra-cuu").param("lang", lang).param("ma", t[0]).param("xacminh", t[1])
                        .with(r -> {
                            r.setRemoteAddr("10.99.0." + (found + 1));
                            return r;
                        }), "lookup " + t[0], problems);
                found += body.contains("<dl class=\"pub-facts\">") ? 1 : 0;
            }
        }
        assertThat(seen).as("the sweep reached every section").contains(home, home + "/tra-cuu", home + "/hoi-dap",
                home + "/thu-tuc", home + "/chi-so");
        assertThat(found).as("lookups that showed the status card").isEqualTo(16);
        assertThat(problems).isEmpty();
    }

    /** Sends the request and records every personal value found in its body or headers; returns the body. */
    private String check(MockHttpServletRequestBuilder request, String what, List<String> problems) throws Exception {
        // a request id of our own, echoed in X-Request-Id: a random one (32 hex digits) held one of the four-digit
        // values now and then, and the sweep failed on it
        MvcResult r = mvc.perform(request.header("X-Request-Id", "privacy-sweep")).andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        StringBuilder all = new StringBuilder(body);
        for (String name : r.getResponse().getHeaderNames()) {
            if (name.equalsIgnoreCase("ETag")) {
                // a SHA-256 digest, 24 hex digits (PublicPages): nothing can be read from it, and now and then its random
                // digits held one of the four-digit values, which failed the sweep
                continue;
            }
            all.append('\n').append(name).append(": ").append(String.join(", ", r.getResponse().getHeaders(name)));
        }
        String text = all.toString();
        String folded = SearchText.key(text);
        for (String value : personal) {
            if (text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT)) || folded.contains(SearchText.key(value))) {
                problems.add(what + " (" + r.getResponse().getStatus() + ") shows " + value);
            }
        }
        if (r.getResponse().getStatus() >= 500) {
            problems.add(what + " answered " + r.getResponse().getStatus());
        }
        if (r.getRequest().getSession(false) != null) {
            problems.add(what + " opened a session");
        }
        return body;
    }

    private static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(body);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    /** Static files, the page's own anchors, the hotline and the commune's online portal; never the app's pages. */
    private static boolean allowedOutside(String target) {
        return target.startsWith("/assets/") || target.startsWith("/webjars/") || target.startsWith("tel:")
                || target.startsWith("#") || target.startsWith("https://dichvucong.example.vn");
    }
}
