package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** Pages carry the app's icon, and no page sends a user to a developer's file. */
@IntegrationTest
class FaviconAndPageWordingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;

    @Test
    void everyPageLinksAnIconThatIsServedWithoutSigningIn() throws Exception {
        Fixture.Commune c = fixture.commune();
        String page = mvc.perform(get("/dossiers").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon.svg\">");
        mvc.perform(get("/assets/favicon.svg")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    @Test
    void theScoreCardSaysItsTotalIsPointsAndNamesNoDeveloperFile() throws Exception {
        Fixture.Commune c = fixture.commune();
        String vi = mvc.perform(get("/dossiers/score").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String en = mvc.perform(get("/dossiers/score").param("lang", "en").with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("số điểm trên thang 100, không phải tỷ lệ phần trăm").doesNotContain(".md");
        assertThat(en).contains("points out of 100, not a percentage").doesNotContain(".md");
    }
}
