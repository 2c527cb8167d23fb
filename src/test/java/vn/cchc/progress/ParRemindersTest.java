package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.parindex.Appraise;
import vn.cchc.parindex.ApproveAndSend;
import vn.cchc.parindex.RequestExplanation;
import vn.cchc.parindex.Scenes;
import vn.cchc.parindex.StartAssessment;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * The PAR Index's reminders on hand-picked days. Commune "ours" (small set, year deadline 01/12/2026) started its
 * 2026 assessment: the service centre sent both its criteria, the standing agency (culture unit) one of its two, the
 * office none of its two. Commune "beside" in the same province has not started; commune "elsewhere" is in a province
 * without an active set.
 */
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class ParRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired Reminders reminders;
    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired StartAssessment starting;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired RequestExplanation requesting;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    Fixture.Commune ours;
    Fixture.Commune beside;
    Fixture.Commune elsewhere;
    long yearId;

    @BeforeEach
    void communes() {
        ours = scenes.communeWithSet(Scenes.SMALL_SET);
        beside = fixture.communeBeside(ours);
        elsewhere = fixture.communeInOwnProvince();
        yearId = starting.start(ours.standingAgency(), "2026");
        scenes.scoreAndAccept(ours, yearId, "A1.1", "3", null, null);
        scenes.scoreAndAccept(ours, yearId, "A1.2", "1.5", null, null);
        scenes.scoreAndAccept(ours, yearId, "A1.3", null, 3, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void runOn(LocalDate day) {
        clock.setToday(day);
        reminders.run(day);
    }

    private List<String> inApp(long userId) {
        return jdbc.sql("select subject from notification where user_id = ? order by id").param(userId)
                .query(String.class).list();
    }

    private List<String> allOf(Fixture.Commune c) {
        return jdbc.sql("select subject from notification where commune_id = ? order by id").param(c.id())
                .query(String.class).list();
    }

    @Test
    void theDeadlineOf0112RemindsTheStandingAgencyAndTheChairmanSevenThreeAndOneDaysBeforeAndOnTheDayOnly() throws Exception {
        String email = "chutich." + ours.tag() + "@bacnhatrang.gov.vn";
        jdbc.sql("update app_user set email = ? where id = ?").params(email, ours.leader().id()).update();
        for (int day : new int[] {24, 25, 28, 29, 30}) {
            runOn(LocalDate.of(2026, 11, day));
        }
        runOn(LocalDate.of(2026, 12, 1));
        List<String> deadline = List.of(
                "Chỉ số CCHC – Năm 2026: hạn gửi kết quả tự đánh giá 01/12/2026, còn 7 ngày",
                "Chỉ số CCHC – Năm 2026: hạn gửi kết quả tự đánh giá 01/12/2026, còn 3 ngày",
                "Chỉ số CCHC – Năm 2026: hạn gửi kết quả tự đánh giá 01/12/2026, còn 1 ngày",
                "Chỉ số CCHC – Năm 2026: hôm nay (01/12/2026) là hạn gửi kết quả tự đánh giá");
        assertThat(inApp(ours.leader().id())).containsExactlyElementsOf(deadline);
        List<String> standing = inApp(ours.standingAgency().id());
        assertThat(standing).containsAll(deadline).hasSize(8)
                .contains("Chỉ số CCHC – Năm 2026: đơn vị còn 1 tiêu chí chưa gửi, hạn 01/12/2026, còn 7 ngày",
                        "Chỉ số CCHC – Năm 2026: đơn vị còn 1 tiêu chí chưa gửi, hôm nay (01/12/2026) là hạn");
        // The office's two criteria are not sent; the centre sent both of its own.
        assertThat(inApp(ours.unitStaff().id())).containsExactly(
                "Chỉ số CCHC – Năm 2026: đơn vị còn 2 tiêu chí chưa gửi, hạn 01/12/2026, còn 7 ngày",
                "Chỉ số CCHC – Năm 2026: đơn vị còn 2 tiêu chí chưa gửi, hạn 01/12/2026, còn 3 ngày",
                "Chỉ số CCHC – Năm 2026: đơn vị còn 2 tiêu chí chưa gửi, hạn 01/12/2026, còn 1 ngày",
                "Chỉ số CCHC – Năm 2026: đơn vị còn 2 tiêu chí chưa gửi, hôm nay (01/12/2026) là hạn");
        assertThat(inApp(ours.unitHead().id())).isEmpty();
        assertThat(inApp(ours.viewer().id())).isEmpty();
        // The commune beside has not started: reminded from the province's set, linking to where it starts.
        assertThat(inApp(beside.leader().id())).containsExactlyElementsOf(deadline);
        assertThat(jdbc.sql("select distinct link from notification where user_id = ?").param(beside.standingAgency().id())
                .query(String.class).list()).containsExactly("/parindex");
        assertThat(allOf(elsewhere)).isEmpty();
        // The chairman's reminders were e-mailed too, linking to the assessment.
        List<String> mailed = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email)) {
                mailed.add(m.getSubject());
                assertThat((String) m.getContent()).endsWith("http://localhost:8080/parindex/assessments/" + yearId);
            }
        }
        assertThat(mailed).containsExactlyElementsOf(deadline.stream().map(s -> "[CCHC] " + s).toList());
    }

    @Test
    void aSecondRunCreatesNothingAndASentAssessmentIsNoLongerReminded() throws MessagingException {
        runOn(LocalDate.of(2026, 11, 24));
        int first = allOf(ours).size();
        assertThat(first).isEqualTo(1 + 2 + 1); // the chairman, the standing agency twice (deadline, its criterion), the office
        runOn(LocalDate.of(2026, 11, 24));
        assertThat(allOf(ours)).hasSize(first);

        scenes.scoreAndAccept(ours, yearId, "A2.1", "2", null, null);
        scenes.scoreAndAccept(ours, yearId, "A2.2", "2", null, null);
        scenes.scoreAndAccept(ours, yearId, "A2.3", "6", null, null);
        approving.approve(ours.leader(), yearId, 0);
        runOn(LocalDate.of(2026, 11, 28));
        assertThat(allOf(ours)).hasSize(first);
        assertThat(allOf(beside)).hasSize(2 * 2); // its chairman and standing agency, on D-7 and D-3
    }

    @Test
    void anExplanationDeadlineRemindsTheStandingAgencyAndTheChairman() {
        long half = scenes.startHalfYear(ours);
        for (String[] c : new String[][] {{"A1.1", "3"}, {"A1.2", "1.5"}, {"A2.1", "2"}, {"A2.2", "2"}, {"A2.3", "6"}}) {
            scenes.scoreAndAccept(ours, half, c[0], c[1], null, null);
        }
        scenes.scoreAndAccept(ours, half, "A1.3", null, 3, null);
        approving.approve(ours.leader(), half, 0);
        var a22 = scenes.row(ours, half, "A2.2").item();
        appraising.appraise(ours.appraiser(), a22.id(), BigDecimal.ONE, "Thiếu báo cáo quý II", "Gửi báo cáo quý II",
                a22.version());
        requesting.request(ours.appraiser(), half, LocalDate.of(2026, 6, 20), 1);

        runOn(LocalDate.of(2026, 6, 18)); // two days before: nothing
        assertThat(allOf(ours)).noneMatch(s -> s.contains("giải trình"));
        runOn(LocalDate.of(2026, 6, 19));
        String due = "Chỉ số CCHC – 6 tháng đầu năm 2026: hạn giải trình 20/06/2026, còn 1 ngày";
        assertThat(inApp(ours.leader().id())).containsExactly(due);
        assertThat(inApp(ours.standingAgency().id())).containsExactly(due);
        assertThat(inApp(ours.unitStaff().id())).isEmpty();
    }
}
