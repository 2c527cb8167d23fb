package vn.cchc.walls;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.org.Role;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Every route the application serves, found in Spring's handler mappings, against three walls: anonymous visitors
 * are sent to log in (401 on the API); users of another commune and province, sent with this commune's real ids,
 * get 404 for its records, never see its data and change none of its rows; and every role {@link RouteRules} leaves
 * out of a route is refused (403; province users, who have no commune, 403 or 404) and changes nothing, while the
 * roles it names open its pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteWallsTest {

    /**
     * Failures fixed elsewhere in issue 11 (wall and route → who fixes it). Remove an entry once its fix is merged: an
     * entry whose check passes fails this test.
     */
    static final AllowList KNOWN = new AllowList(Map.of());

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Routes routes;
    @Autowired FullCommunes communes;
    @Autowired Fixture fixture;
    @Autowired TenantFingerprint fingerprint;
    @Autowired MutableClock clock;

    private List<Route> all;
    private FullCommune home;
    private Fixture.Commune stranger;
    private Sweep sweep;
    private long started;

    @BeforeAll
    void build() {
        started = System.nanoTime();
        all = routes.all();
        home = communes.build();
        stranger = fixture.communeInOwnProvince();
        sweep = new Sweep(QuietMockMvc.of(context), fingerprint, jdbc);
    }

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 10));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
        System.out.printf("RouteWallsTest: %d routes swept in %d ms%n", all.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void everyRouteHasARule() {
        Set<String> missing = new TreeSet<>(keys());
        missing.removeAll(RouteRules.RULES.keySet());
        assertThat(missing).as("routes no rule covers: add them to RouteRules").isEmpty();
    }

    @Test
    void everyRuleAndAllowListEntryNamesARoute() {
        Set<String> named = new TreeSet<>(RouteRules.RULES.keySet());
        named.addAll(RouteRules.PUBLIC);
        Stream.concat(KNOWN.entries().keySet().stream(), BadValueBatteryTest.KNOWN.entries().keySet().stream())
                .forEach(k -> named.add(k.substring(k.indexOf(' ') + 1)));
        named.removeAll(keys());
        assertThat(named).as("rules or allow-list entries for routes that no longer exist").isEmpty();
    }

    @Test
    void everyPathVariableNamesARecordOrAValue() {
        List<String> unknown = new ArrayList<>();
        for (Route route : all) {
            route.pathVariables().stream().filter(v -> !GoodValues.declared(route, v, home))
                    .forEach(v -> unknown.add(route.key() + " {" + v + "}"));
        }
        assertThat(unknown).as("path variables without an id in RouteIds or a value in GoodValues").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsAreSentToLogIn() {
        return all.stream().map(route -> dynamicTest(route.key(), () -> KNOWN.check("anonymous " + route.key(), () -> {
            Sweep.Sent sent = sweep.send(RouteRequests.of(route, home, null), home);
            Answer a = sent.answer();
            if (RouteRules.PUBLIC.contains(route.key())) {
                assertThat(a.status()).as("%s: %s", route, a).isEqualTo(200);
            } else if (RouteRules.PUBLIC_FORMS.contains(route.key())) {
                assertThat(a.status()).as("%s: %s", route, a).isBetween(400, 499);
            } else if (route.api()) {
                assertThat(a.status()).as("%s: %s", route, a).isEqualTo(401);
            } else {
                assertThat(a.status()).as("%s: %s", route, a).isEqualTo(302);
                assertThat(a.location()).as("%s", route).endsWith("/login");
            }
            assertThat(sent.changedTables()).as("%s changed", route).isEmpty();
        })));
    }

    @TestFactory
    Stream<DynamicTest> anotherCommunesUsersFindNothingAndChangeNothing() {
        return guarded().map(route -> dynamicTest(route.key(), () -> KNOWN.check("stranger " + route.key(), () -> {
            boolean namesRecord = route.pathVariables().stream().anyMatch(v -> RouteIds.of(route, v, home).isPresent());
            List<String> problems = new ArrayList<>();
            for (Role role : oneOfEachKind(route)) {
                Sweep.Sent sent = sweep.send(RouteRequests.of(route, home, FullCommune.userOf(stranger, role)), home);
                Answer a = sent.answer();
                if (namesRecord ? a.status() != 404 : a.serverError()) {
                    problems.add(role + " got " + a + (namesRecord ? ", not 404" : ""));
                }
                if (a.body().contains(home.marker())) {
                    problems.add(role + " was shown the commune's data");
                }
                if (!sent.changedTables().isEmpty()) {
                    problems.add(role + " changed " + sent.changedTables());
                }
            }
            assertThat(problems).as("%s", route).isEmpty();
        })));
    }

    @TestFactory
    Stream<DynamicTest> rolesTheRulesLeaveOutAreRefusedAndChangeNothing() {
        return guarded().map(route -> dynamicTest(route.key(), () -> KNOWN.check("role " + route.key(), () -> {
            List<String> problems = new ArrayList<>();
            for (Role role : Role.values()) {
                if (RouteRules.RULES.get(route.key()).contains(role)) {
                    continue;
                }
                Sweep.Sent sent = sweep.send(RouteRequests.of(route, home, home.user(role)), home);
                int status = sent.answer().status();
                boolean refused = status == 403 || role.provinceLevel() && status == 404;
                if (!refused) {
                    problems.add(role + " got " + sent.answer());
                }
                if (!sent.changedTables().isEmpty()) {
                    problems.add(role + " changed " + sent.changedTables());
                }
            }
            assertThat(problems).as("%s", route).isEmpty();
        })));
    }

    /** The first role of each kind a rule names opens the page: the table does not keep out whom it names. */
    @TestFactory
    Stream<DynamicTest> rolesTheRulesNameOpenTheirPages() {
        Stream<Route> pages = guarded().filter(r -> !r.writes());
        return pages.map(route -> dynamicTest(route.key(), () -> KNOWN.check("reader " + route.key(), () -> {
            List<String> problems = new ArrayList<>();
            for (Role role : oneOfEachKind(route)) {
                Answer a = sweep.send(RouteRequests.of(route, home, home.user(role)), home).answer();
                if (a.status() >= 400) {
                    problems.add(role + " got " + a);
                }
            }
            assertThat(problems).as("%s", route).isEmpty();
        })));
    }

    /** The first commune role and the first province role the rule names: the two kinds reach records differently. */
    private static List<Role> oneOfEachKind(Route route) {
        List<Role> allowed = RouteRules.RULES.get(route.key());
        return Stream.concat(allowed.stream().filter(r -> !r.provinceLevel()).limit(1),
                allowed.stream().filter(Role::provinceLevel).limit(1)).toList();
    }

    /** Routes behind the login (all but the public ones) that a rule covers; the rest fail everyRouteHasARule. */
    private Stream<Route> guarded() {
        return all.stream().filter(r -> !RouteRules.PUBLIC.contains(r.key()) && !RouteRules.PUBLIC_FORMS.contains(r.key())
                && RouteRules.RULES.containsKey(r.key()));
    }

    private Set<String> keys() {
        return all.stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
