package vn.cchc.parindex;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** A criterion measured by an indicator names it with the label its source gives (plan.IndicatorReadings). */
@IntegrationTest
class IndicatorCriterionPageTest {

    @Autowired Scenes scenes;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCriterionPageNamesItsIndicatorBySourceLabel() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);

        mvc.perform(get("/parindex/items/" + scenes.row(c, id, "A1.1").item().id()).with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn")));
        mvc.perform(get("/parindex/items/" + scenes.row(c, id, "A1.2").item().id()).with(user(c.standingAgency())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỷ lệ hồ sơ trực tuyến")));
    }
}
