package vn.cchc.inbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** "/" (where signing in lands) sends each role to its own starting page. */
@IntegrationTest
class LandingTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;

    @Test
    void eachRoleLandsOnItsOwnPage() throws Exception {
        Fixture.Commune c = fixture.commune();
        lands(c.leader(), "/summary");
        lands(c.appraiser(), "/province");
        lands(c.provinceAdmin(), "/province");
        lands(c.standingAgency(), "/inbox");
        lands(c.admin(), "/inbox");
        lands(c.unitHead(), "/inbox");
        lands(c.unitStaff(), "/inbox");
        lands(c.viewer(), "/inbox");
    }

    private void lands(CurrentUser who, String page) throws Exception {
        mvc.perform(get("/").with(user(who))).andExpect(status().isFound())
                .andExpect(header().string("Location", page));
    }
}
