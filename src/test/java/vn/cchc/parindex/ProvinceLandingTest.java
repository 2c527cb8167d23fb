package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;
import vn.cchc.support.IntegrationTest;

/**
 * Five communes of one province on the small set, first half of 2026, all sent on Wednesday 10/06/2026. By hand
 * (self points of 20, the survey aside): "full" 20 = 100%; "explained" 17,5 = 87,5%, explained on 11/06 the one
 * criterion asked about; "appraised" final at 21,5 of 25 = 86%; "late" 14,5 = 72,5%, asked to explain by 12/06 and
 * silent; "idle" has not started. Today is Wednesday 17/06: the queue is "full" since 10/06 (11, 12, 15, 16, 17: 5
 * working days), "explained" since 11/06 (4), "late" since its deadline 12/06 (3). Another province's sent
 * assessment never appears.
 */
@IntegrationTest
class ProvinceLandingTest {

    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired RequestExplanation requesting;
    @Autowired GiveExplanation explaining;
    @Autowired FinaliseAssessment finalising;
    @Autowired ProvinceLanding landing;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    Fixture.Commune full;
    Fixture.Commune explained;
    Fixture.Commune appraised;
    Fixture.Commune late;
    Fixture.Commune idle;
    long fullId;
    long explainedId;
    long appraisedId;
    long lateId;
    long elsewhereId;

    @BeforeEach
    void province() {
        Fixture.Commune elsewhere = scenes.communeWithSet(Scenes.SMALL_SET);
        elsewhereId = send(elsewhere, "4", "3", "2", "2", "6");
        full = scenes.communeWithSet(Scenes.SMALL_SET);
        explained = fixture.communeBeside(full);
        appraised = fixture.communeBeside(full);
        late = fixture.communeBeside(full);
        idle = fixture.communeBeside(full);

        fullId = send(full, "4", "3", "2", "2", "6");
        explainedId = send(explained, "3", "1.5", "2", "2", "6");
        askToExplain(explained, explainedId);
        appraisedId = send(appraised, "3", "1.5", "2", "2", "6");
        AssessmentItem a22 = scenes.row(appraised, appraisedId, "A2.2").item();
        appraising.appraise(appraised.appraiser(), a22.id(), BigDecimal.ONE, "Thiếu báo cáo quý II", null, a22.version());
        AssessmentItem s1 = scenes.row(appraised, appraisedId, "S.1").item();
        appraising.appraise(appraised.appraiser(), s1.id(), new BigDecimal("5"), null, null, s1.version());
        finalising.finalise(appraised.appraiser(), appraisedId, 1);
        lateId = send(late, "3", "1.5", "2", "1", "4");
        askToExplain(late, lateId);

        clock.setToday(LocalDate.of(2026, 6, 11));
        long item = scenes.row(explained, explainedId, "A2.2").item().id();
        explaining.explain(explained.standingAgency(), item, "Báo cáo quý II gửi ngày 05/7, kèm theo.");
        explaining.submit(explained.standingAgency(), explainedId, 2);
        clock.setToday(LocalDate.of(2026, 6, 17));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Scores every criterion (A1.3 by a count of 3: 3 points), and the chairman sends. */
    private long send(Fixture.Commune c, String a11, String a12, String a21, String a22, String a23) {
        long id = scenes.startHalfYear(c);
        scenes.scoreAndAccept(c, id, "A1.1", a11, null, null);
        scenes.scoreAndAccept(c, id, "A1.2", a12, null, null);
        scenes.scoreAndAccept(c, id, "A1.3", null, 3, null);
        scenes.scoreAndAccept(c, id, "A2.1", a21, null, null);
        scenes.scoreAndAccept(c, id, "A2.2", a22, null, null);
        scenes.scoreAndAccept(c, id, "A2.3", a23, null, null);
        approving.approve(c.leader(), id, 0);
        return id;
    }

    private void askToExplain(Fixture.Commune c, long id) {
        AssessmentItem a22 = scenes.row(c, id, "A2.2").item();
        appraising.appraise(c.appraiser(), a22.id(), BigDecimal.ONE, "Thiếu báo cáo quý II", "Gửi báo cáo quý II",
                a22.version());
        requesting.request(c.appraiser(), id, LocalDate.of(2026, 6, 12), 1);
    }

    @Test
    void theAppraiserSeesWhatAwaitsOldestFirstWithWorkingDaysAndTheLatestRanking() throws Exception {
        ProvinceLanding.View view = landing.view(full.appraiser());
        assertThat(view.awaiting()).extracting(a -> a.assessment().id(), ProvinceLanding.Awaiting::reason,
                        ProvinceLanding.Awaiting::since, ProvinceLanding.Awaiting::workingDays)
                .containsExactly(
                        tuple(fullId, AppraisalQueue.Reason.TO_APPRAISE, LocalDate.of(2026, 6, 10), 5),
                        tuple(explainedId, AppraisalQueue.Reason.EXPLAINED, LocalDate.of(2026, 6, 11), 4),
                        tuple(lateId, AppraisalQueue.Reason.EXPLANATION_LATE, LocalDate.of(2026, 6, 12), 3));
        assertThat(view.ranking().period().code()).isEqualTo("2026S1");
        assertThat(view.ranking().lines()).extracting(l -> l.commune().id(), ProvinceRanking.Line::rank,
                        ProvinceRanking.Line::grade)
                .containsExactly(tuple(full.id(), 1, "A"), tuple(explained.id(), 2, "B"), tuple(appraised.id(), 3, "B"),
                        tuple(late.id(), 4, "C"), tuple(idle.id(), 0, null));
        assertThat(view.todos()).isEmpty();

        String page = mvc.perform(get("/province").with(user(full.appraiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã gửi, chờ thẩm định", "Đã giải trình, chờ thẩm định lại",
                        "Quá hạn giải trình, thẩm định theo hồ sơ đã có", "10/06/2026", "87,5%", "86%", "72,5%")
                .contains("/parindex/assessments/" + explainedId + "\"")
                .doesNotContain("/parindex/assessments/" + elsewhereId + "\"")
                .doesNotContain("Việc cần làm");
        String english = mvc.perform(get("/province").param("lang", "en").with(user(full.appraiser())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Explained, awaiting re-appraisal", "Working days waiting");
    }

    @Test
    void theAdminSeesTheUnpublishedHolidayCalendarsAsToDosAndNextYearsFromOctober() throws Exception {
        String june = mvc.perform(get("/province").with(user(full.provinceAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(june).contains("Lịch nghỉ lễ, Tết năm 2026 chưa được công bố chính thức")
                .doesNotContain("năm 2027").contains("href=\"/org/communes\"");
        clock.setToday(LocalDate.of(2026, 10, 1));
        assertThat(landing.view(full.provinceAdmin()).todos()).extracting(ProvinceLanding.Todo::arg)
                .containsExactly("2026", "2027");
    }

    @Test
    void communeUsersMayNotOpenTheProvinceLanding() throws Exception {
        mvc.perform(get("/province").with(user(full.standingAgency()))).andExpect(status().isForbidden());
        mvc.perform(get("/province").with(user(full.leader()))).andExpect(status().isForbidden());
    }
}
