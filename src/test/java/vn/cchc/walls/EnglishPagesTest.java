package vn.cchc.walls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.org.Role;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Every page of the application, opened in English ({@code ?lang=en}) by every role that may open it on a
 * {@link FullCommune}, shows no Vietnamese word outside the data its users typed or imported ({@link EnglishText}):
 * a Vietnamese word in the English UI means a label, message or period name that skipped the message bundles. No
 * page names a developer's file.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishPagesTest {

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Routes routes;
    @Autowired FullCommunes communes;
    @Autowired TenantFingerprint fingerprint;
    @Autowired MutableClock clock;

    /** A page sends no one to the project's files ("docs/indicators.md"). */
    private static final Pattern DEVELOPER_FILE = Pattern.compile("\\bdocs/|[\\w-]+\\.md\\b");

    private FullCommune home;
    private Sweep sweep;

    @BeforeAll
    void build() {
        clock.setToday(LocalDate.of(2026, 6, 10));
        home = communes.build();
        sweep = new Sweep(QuietMockMvc.of(context), fingerprint, jdbc);
    }

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyPageInEnglishShowsNoVietnameseOutsideData() {
        Map<String, Set<String>> found = new TreeMap<>();
        int pages = 0;
        for (Route route : routes.all()) {
            if (route.writes() || route.api() || !RouteRules.RULES.containsKey(route.key())) {
                continue;
            }
            for (Role role : RouteRules.RULES.get(route.key())) {
                Answer a = sweep.send(RouteRequests.of(route, home, home.user(role)).param("lang", "en"), home)
                        .answer();
                String type = a.response() == null ? null : a.response().getContentType();
                if (a.status() != 200 || type == null || !type.startsWith("text/html")) {
                    continue;
                }
                pages++;
                List<String> words = new ArrayList<>(EnglishText.vietnameseOutsideData(a.body(), home.marker()));
                if (DEVELOPER_FILE.matcher(a.body()).find()) {
                    words.add("names a developer's file: " + DEVELOPER_FILE.matcher(a.body()).results().findFirst()
                            .orElseThrow().group());
                }
                if (!words.isEmpty()) {
                    found.computeIfAbsent(route.key(), k -> new TreeSet<>()).addAll(words);
                }
            }
        }
        List<String> report = new ArrayList<>();
        found.forEach((route, words) -> report.add(route + "\n    " + String.join("\n    ", words)));
        System.out.println("EnglishPagesTest: " + pages + " pages read\n" + String.join("\n", report));
        assertThat(pages).as("pages read").isGreaterThan(100);
        assertThat(report).as("Vietnamese text on English pages (translate it, or allow-list it as data in "
                + "EnglishText)").isEmpty();
    }
}
