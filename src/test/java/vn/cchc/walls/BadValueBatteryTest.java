package vn.cchc.walls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Every input of every form and parameterised page (path variables, request parameters, form-object properties,
 * headers, file names) gets each value of {@link BadValues}, one input at a time with good values for the rest, as
 * the first role the route's rule names, on the commune's own records. No answer may be a 5xx, and a refusal (4xx)
 * must leave every row as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadValueBatteryTest {

    /**
     * Failures fixed elsewhere in issue 11 (route → who fixes it). Remove an entry once its fix is merged: an entry
     * whose check passes fails this test.
     */
    static final AllowList KNOWN = new AllowList(Map.of());

    /** Steps after which a record is gone or frozen: they run last, so the other routes still find what they name. */
    private static final List<String> FINAL_STEPS = List.of("/delete", "/hide", "/approve", "/finalise", "/publish",
            "/create", "/discard");

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired Routes routes;
    @Autowired FullCommunes communes;
    @Autowired TenantFingerprint fingerprint;
    @Autowired MutableClock clock;
    @Autowired Versions versions;

    private List<Route> all;
    private FullCommune home;
    private Sweep sweep;
    private long started;
    private int requests;

    @BeforeAll
    void build() {
        started = System.nanoTime();
        all = routes.all().stream()
                .filter(r -> !RouteRequests.inputs(r).isEmpty() && RouteRules.RULES.containsKey(r.key())
                        && !RouteRules.RULES.get(r.key()).isEmpty())   // key-only API routes: no session user to send
                .sorted(Comparator.comparing(BadValueBatteryTest::runsLate)).toList();
        home = communes.build();
        sweep = new Sweep(QuietMockMvc.of(context), fingerprint, jdbc);
    }

    @BeforeEach
    void today() {
        clock.setToday(LocalDate.of(2026, 6, 10));
    }

    @AfterAll
    void resetClock() {
        clock.reset();
        System.out.printf("BadValueBatteryTest: %d routes, %d requests in %d ms%n", all.size(), requests,
                (System.nanoTime() - started) / 1_000_000);
    }

    @TestFactory
    Stream<DynamicTest> noBadValueCausesA5xxOrAWriteOnRefusal() {
        return all.stream().map(route -> dynamicTest(route.key(), () -> KNOWN.check("battery " + route.key(), () -> {
            CurrentUser user = home.user(RouteRules.RULES.get(route.key()).get(0));
            catchUp(route);
            List<String> problems = new ArrayList<>();
            int forbidden = 0;
            int sent = 0;
            for (Input input : RouteRequests.inputs(route)) {
                for (BadValues.Bad bad : BadValues.forInput(input)) {
                    Map<String, String> given = new HashMap<>(versions.of(route, home));
                    given.put(input.name(), bad.value());
                    if (input.leaf().equals("version")) {
                        withFiles(route, given);
                    }
                    Sweep.Sent s = sweep.send(RouteRequests.varied(route, home, user, given), home);
                    sent++;
                    forbidden += s.answer().status() == 403 ? 1 : 0;
                    if (s.answer().serverError()) {
                        problems.add(input.name() + " = " + bad + " → " + s.answer());
                    } else if (s.answer().refused() && !s.changedTables().isEmpty()) {
                        problems.add(input.name() + " = " + bad + " → " + s.answer() + " but changed "
                                + s.changedTables());
                    }
                }
            }
            requests += sent;
            assertThat(forbidden).as("%s refused every request with 403: is %s the rule's first role?", route,
                    user.role()).isLessThan(sent);
            assertThat(problems).as("%s", route).isEmpty();
        })));
    }

    /**
     * A page that brings its records up to date when shown (a report adds the lines of tasks created since) is shown
     * before the routes that show it again on a refusal, so that its catch-up is not taken for the refusal's write.
     */
    private void catchUp(Route route) {
        if (route.pattern().startsWith("/progress/reports/")) {
            sweep.send(get("/progress/reports/" + home.report()).with(user(home.people().unitStaff())), home);
        }
    }

    /** A stale version with a file attached: the refused save must not keep the file either. */
    private void withFiles(Route route, Map<String, String> given) {
        RouteRequests.inputs(route).stream().filter(Input::optionalFile)
                .forEach(f -> given.put(f.name(), GoodValues.of(route, f, home)));
    }

    /** Pages first, then forms, then the steps that remove or freeze a record. */
    private static int runsLate(Route route) {
        if (!route.writes()) {
            return 0;
        }
        return FINAL_STEPS.stream().anyMatch(route.pattern()::endsWith) ? 2 : 1;
    }
}
