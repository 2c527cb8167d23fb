package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.calendar.PeriodType;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;
import vn.cchc.support.Plans;

/**
 * Who gets which reminder on which day, through a real in-process SMTP server (GreenMail). The plan reports
 * quarterly; task Q (lead: the service centre) is due 30/09/2025; task F is led by the culture office (standing
 * agency) and due 09/10/2025, with the centre's input due 02/10/2025; the nine-month report is due 30/09/2025.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class RemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Reminders reminders;
    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired ReportService reports;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;
    long planId;
    String centre;
    String culture;
    String office;

    @BeforeEach
    void plan() {
        c = fixture.commune();
        planId = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.QUARTER);
        plans.task(c.standingAgency(), planId, "Q", "Quý III", c.centreUnit());
        plans.task(c.standingAgency(), planId, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        centre = email(c.unitHead().id(), "tt");
        culture = email(c.standingAgency().id(), "vhxh");
        office = email(c.unitStaff().id(), "vp");
    }

    private String email(long userId, String name) {
        String address = name + "." + c.tag() + "@bacnhatrang.gov.vn";
        jdbc.sql("update app_user set email = ? where id = ?").params(address, userId).update();
        return address;
    }

    /** Subjects e-mailed to one address, in order. */
    private List<String> mailTo(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                subjects.add(m.getSubject());
            }
        }
        return subjects;
    }

    private List<String> inApp(long userId) {
        return jdbc.sql("select subject from notification where user_id = ? order by id").param(userId)
                .query(String.class).list();
    }

    private void runOn(LocalDate day) {
        clock.setToday(day);
        reminders.run(day);
    }

    @Test
    void sevenThreeAndOneDaysBeforeOnTheDayAndWeeklyWhileOverdue() throws Exception {
        runOn(LocalDate.of(2025, 9, 23)); // Tuesday
        assertThat(mailTo(centre)).containsExactlyInAnyOrder(
                "[CCHC] Nhiệm vụ Q đến hạn sau 7 ngày (30/09/2025)",
                "[CCHC] Báo cáo 9 tháng năm 2025: hạn nộp 30/09/2025, còn 7 ngày");
        assertThat(mailTo(culture)).containsExactly("[CCHC] Báo cáo 9 tháng năm 2025: hạn nộp 30/09/2025, còn 7 ngày");
        assertThat(mailTo(office)).isEmpty(); // the office has nothing in this plan

        runOn(LocalDate.of(2025, 9, 24)); // nothing is 7, 3, 1 or 0 days away
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        runOn(LocalDate.of(2025, 9, 29)); // Monday: the weekly digest too
        assertThat(mailTo(centre)).contains("[CCHC] Nhiệm vụ Q đến hạn sau 1 ngày (30/09/2025)",
                "[CCHC] Nhiệm vụ F đến hạn sau 3 ngày (02/10/2025)",
                "[CCHC] Báo cáo 9 tháng năm 2025: hạn nộp 30/09/2025, còn 1 ngày").hasSize(5);
        assertThat(mailTo(culture)).contains("[CCHC] Báo cáo 9 tháng năm 2025: hạn nộp 30/09/2025, còn 1 ngày",
                "[CCHC] Tổng hợp CCHC tuần 2025-W40: 0 việc quá hạn, 2 việc sắp đến hạn, 0 báo cáo chờ duyệt").hasSize(3);

        runOn(LocalDate.of(2025, 9, 30));
        assertThat(mailTo(centre)).contains("[CCHC] Nhiệm vụ Q đến hạn hôm nay (30/09/2025)",
                "[CCHC] Báo cáo 9 tháng năm 2025: hôm nay (30/09/2025) là hạn nộp");

        runOn(LocalDate.of(2025, 10, 7));
        assertThat(mailTo(centre)).contains("[CCHC] Nhiệm vụ Q đã quá hạn 7 ngày (hạn 30/09/2025)");
        runOn(LocalDate.of(2025, 10, 9));
        assertThat(mailTo(centre)).contains("[CCHC] Nhiệm vụ F đã quá hạn 7 ngày (hạn 02/10/2025)");
        assertThat(mailTo(culture)).contains("[CCHC] Nhiệm vụ F đến hạn hôm nay (09/10/2025)");
        runOn(LocalDate.of(2025, 10, 14));
        assertThat(mailTo(centre)).contains("[CCHC] Nhiệm vụ Q đã quá hạn 14 ngày (hạn 30/09/2025)");

        // Every e-mail is also an in-app notification, and nobody outside the responsible unit got any.
        assertThat(inApp(c.unitHead().id())).hasSize(mailTo(centre).size());
        assertThat(inApp(c.unitStaff().id())).isEmpty();
        assertThat(inApp(c.leader().id())).isEmpty();
    }

    @Test
    void aSecondRunOnTheSameDaySendsNothingAgain() throws Exception {
        runOn(LocalDate.of(2025, 9, 23));
        int first = smtp.getReceivedMessages().length;
        runOn(LocalDate.of(2025, 9, 23));
        assertThat(smtp.getReceivedMessages()).hasSize(first);
        assertThat(inApp(c.unitHead().id())).hasSize(2);
    }

    @Test
    void twoInstancesRunningAtOnceNeverSendTwice() throws Exception {
        clock.setToday(LocalDate.of(2025, 9, 23));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Reminders.Run> run = () -> reminders.run(LocalDate.of(2025, 9, 23));
            List<Future<Reminders.Run>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Reminders.Run> r : runs) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(mailTo(centre)).hasSize(2);
        assertThat(mailTo(culture)).hasSize(1);
        assertThat(inApp(c.unitHead().id())).hasSize(2);
    }

    @Test
    void anOccurrenceAcceptedAsDoneIsNoLongerRemindedAndASubmittedReportNeither() throws Exception {
        clock.setToday(LocalDate.of(2025, 9, 25));
        long report = reports.start(c.unitHead(), planId, c.centreUnit(), "2025N9");
        ReportPage.Line q = reports.page(c.unitHead(), report).lines().stream()
                .filter(l -> l.taskCode().equals("Q")).findFirst().orElseThrow();
        ItemForm done = new ItemForm();
        done.setStatus(ItemStatus.DONE);
        done.setVersion(q.item().version());
        reports.save(c.unitHead(), report, Map.of(q.item().id(), done));
        int version = jdbc.sql("select version from unit_report where id = ?").param(report).query(Integer.class).single();
        reports.submit(c.unitHead(), report, version, Map.of());
        reports.review(c.standingAgency(), report, true, null, version + 1);

        runOn(LocalDate.of(2025, 9, 29));
        assertThat(mailTo(centre)).noneMatch(s -> s.contains("Nhiệm vụ Q")).noneMatch(s -> s.contains("Báo cáo 9 tháng"))
                .contains("[CCHC] Nhiệm vụ F đến hạn sau 3 ngày (02/10/2025)");
        assertThat(mailTo(culture)).contains("[CCHC] Báo cáo 9 tháng năm 2025: hạn nộp 30/09/2025, còn 1 ngày");
    }

    @Test
    void theEmailSaysWhatToDoAndLinksToTheUnitsPage() throws Exception {
        runOn(LocalDate.of(2025, 9, 23));
        MimeMessage q = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("Nhiệm vụ Q")).findFirst().orElseThrow();
        assertThat((String) q.getContent()).isEqualTo(
                "Nhiệm vụ Q: Nhiệm vụ Q (Quý III/2025). Đơn vị chủ trì thực hiện. Kế hoạch: Kế hoạch CCHC 2025.\r\n\r\n"
                        + "http://localhost:8080/progress/my");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
