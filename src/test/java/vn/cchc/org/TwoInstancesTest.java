package vn.cchc.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.CchcApplication;
import vn.cchc.calendar.PeriodType;
import vn.cchc.progress.Reminders;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;
import vn.cchc.support.TestClockConfiguration;

/**
 * Two app instances (two Spring contexts on their own ports) on one database, as behind a load balancer without
 * sticky sessions: a session made on one is valid on the other and ends on both, a write through one renews the
 * other's kept pages within the version poll, and a reminder day run on both at once sends each reminder once.
 */
class TwoInstancesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static String baseA;
    static String baseB;
    static JdbcClient jdbc;
    static Fixture.Commune c;

    @BeforeAll
    static void start() {
        a = instance();
        b = instance();
        baseA = base(a);
        baseB = base(b);
        jdbc = a.getBean(JdbcClient.class);
        c = a.getBean(Fixture.class).commune();
    }

    @AfterAll
    static void stop() {
        b.close();
        a.close();
    }

    /** The test profile with what production has: database sessions, the page cache, mail. */
    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(CchcApplication.class, TestClockConfiguration.class).run(
                "--spring.profiles.active=test", "--server.port=0", "--spring.autoconfigure.exclude=",
                "--cchc.page-cache.enabled=true", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3025");
    }

    private static String base(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOtherAndALogoutOnTheOtherEndsItOnBoth() throws Exception {
        Browser browser = new Browser();
        browser.login(baseA, c.leader().getUsername());

        var onB = browser.get(baseB, "/account");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(c.leader().fullName());
        long savedAccess = lastAccess(c.leader().getUsername());
        browser.get(baseA, "/account");
        browser.get(baseB, "/account");
        assertThat(lastAccess(c.leader().getUsername())).as("views within the touch interval write nothing")
                .isEqualTo(savedAccess);

        assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
                .param(c.leader().getUsername()).query(Integer.class).single()).isEqualTo(8 * 3600);  // 8 h as before
        String session = browser.cookie();
        var logout = browser.post(baseB, "/logout", browser.token(baseA, "/account"));  // A's form, posted to B
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        browser.cookie(session);  // the ended session's cookie, sent again, signs nobody in on A
        assertThat(browser.get(baseA, "/account").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(c.leader().getUsername()).query(Integer.class).single()).isZero();
    }

    @Test
    void theFirstPagesOfANewSessionAskedAtOnceOnBothInstancesAllAnswer() throws Exception {
        // a sign-in leaves no CSRF token in the session: each of these pages makes one and saves it, at once (a
        // browser opening several tabs, or a page and its htmx parts); a plain INSERT of the same attribute by
        // several requests failed all but the first with a duplicate key, a 500
        Browser browser = new Browser();
        browser.login(baseA, c.unitStaff().getUsername());
        int requests = 12;
        CyclicBarrier together = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String base = i % 2 == 0 ? baseA : baseB;
                answers.add(pool.submit(() -> {
                    together.await();
                    return browser.get(base, "/account").statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        select count(*) from spring_session_attributes a join spring_session s
                          on s.primary_id = a.session_primary_id
                        where s.principal_name = ? and a.attribute_name like '%CSRF_TOKEN'""")
                .param(c.unitStaff().getUsername()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSecurityStampChangedWhileSignedInEndsTheSessionOnEitherInstance() throws Exception {
        Browser browser = new Browser();
        browser.login(baseA, c.unitHead().getUsername());
        assertThat(browser.get(baseB, "/account").statusCode()).isEqualTo(200);

        jdbc.sql("update app_user set security_stamp = security_stamp + 1 where id = ?").param(c.unitHead().id()).update();

        assertThat(browser.get(baseB, "/account").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?ended");
        assertThat(browser.get(baseA, "/account").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aWriteThroughOneInstanceRenewsThePageTheOtherKeepsWithinTheVersionPoll() throws Exception {
        // a commune of its own: no other test's write moves its version meanwhile
        Fixture.Commune own = a.getBean(Fixture.class).commune();
        long planId = a.getBean(Plans.class).plan(own.standingAgency(), "2026");
        Browser browser = new Browser();
        browser.login(baseA, own.standingAgency().getUsername());
        String path = "/plans/" + planId;
        assertThat(browser.get(baseB, path).body()).contains("Kế hoạch CCHC 2026");

        // a change no request made: B keeps its page (the cache is on and serves the kept copy)
        jdbc.sql("update plan set title = 'Kế hoạch đổi tên' where id = ?").param(planId).update();
        assertThat(browser.get(baseB, path).body()).contains("Kế hoạch CCHC 2026");

        // any accepted write of the commune through A moves the commune's version in the database
        assertThat(browser.post(baseA, "/notifications/read", browser.token(baseA, "/account")).statusCode())
                .isEqualTo(302);
        long start = System.nanoTime();
        while (!browser.get(baseB, path).body().contains("Kế hoạch đổi tên")) {
            assertThat(System.nanoTime() - start).as("B renews its page within 3 s").isLessThan(3_000_000_000L);
            Thread.sleep(100);
        }
    }

    @Test
    void aFlashMessageSetThroughOneInstanceShowsOnceOnTheOther() throws Exception {
        long planId = a.getBean(Plans.class).plan(c.standingAgency(), "2027");
        Browser browser = new Browser();
        browser.login(baseA, c.admin().getUsername());
        String path = "/plans/" + planId;

        // issuing a plan without its decision is refused with a message, carried to the next page as a flash
        var refused = browser.post(baseA, path + "/status", browser.token(baseA, path), "status", "ISSUED");
        assertThat(refused.headers().firstValue("Location")).as(refused.statusCode() + " " + refused.body())
                .hasValueSatisfying(to -> assertThat(to).endsWith(path));
        assertThat(browser.get(baseB, path).body()).contains("class=\"alert alert-danger\" role=\"alert\"");
        assertThat(browser.get(baseA, path).body()).doesNotContain("class=\"alert alert-danger\" role=\"alert\"");
    }

    @Test
    void aReminderDayRunOnBothInstancesAtOnceSendsEachReminderOnce() throws Exception {
        // RemindersTest's plan: on 23/09/2025 the centre gets two reminders and the culture office one
        Plans plans = a.getBean(Plans.class);
        long planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.QUARTER);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        String centre = email(c.unitHead().id(), "tt");
        String culture = email(c.standingAgency().id(), "vhxh");
        for (var context : List.of(a, b)) {
            context.getBean(MutableClock.class).setToday(LocalDate.of(2025, 9, 23));
        }

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reminders.Run>> runs = threads.invokeAll(List.of(a, b).stream().map(context -> {
                Reminders reminders = context.getBean(Reminders.class);
                return (java.util.concurrent.Callable<Reminders.Run>) () -> {
                    together.await();
                    return reminders.run();
                };
            }).toList());
            // the other run waited for nothing: it found the lock taken, or every reminder already recorded
            int working = 0;
            for (Future<Reminders.Run> run : runs) {
                working += run.get().skipped() || run.get().notifications() == 0 ? 0 : 1;
            }
            assertThat(working).isEqualTo(1);
        } finally {
            threads.shutdown();
        }
        a.getBean(Reminders.class).run();  // a third run the same day (a restart): nothing again

        assertThat(mailsTo(centre)).isEqualTo(2);
        assertThat(mailsTo(culture)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where user_id in (?, ?)")
                .params(c.unitHead().id(), c.standingAgency().id()).query(Integer.class).single()).isEqualTo(3);
    }

    private static long lastAccess(String username) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = ?").param(username)
                .query(Long.class).single();
    }

    private static String email(long userId, String name) {
        String address = name + "." + c.tag() + "@bacnhatrang.gov.vn";
        jdbc.sql("update app_user set email = ? where id = ?").params(address, userId).update();
        return address;
    }

    private static long mailsTo(String address) throws Exception {
        long n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(x -> x.toString().equals(address))) {
                n++;
            }
        }
        return n;
    }
}
