package vn.cchc.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** Without cchc.sso.issuer-uri the app is as before single sign-on: no button, no OAuth2 routes, the usual policy. */
@IntegrationTest
class SingleSignOnOffTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;

    @Test
    void theLoginPageHasNoProvinceAccountButton() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("oauth2"))))
                .andExpect(content().string(not(containsString("tài khoản một cửa của tỉnh"))))
                .andExpect(header().string("Content-Security-Policy", containsString("form-action 'self';")));
    }

    @Test
    void theOAuth2RoutesDoNotExist() throws Exception {
        mvc.perform(get("/oauth2/authorization/tinh").accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/login/oauth2/code/tinh").accept(MediaType.TEXT_HTML).param("code", "c").param("state", "s"))
                .andExpect(redirectedUrl("http://localhost/login"));
        CurrentUser viewer = fixture.commune().viewer();
        mvc.perform(get("/oauth2/authorization/tinh").with(user(viewer))).andExpect(status().isNotFound());
        mvc.perform(get("/login/oauth2/code/tinh").with(user(viewer)).param("code", "c").param("state", "s"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusalCodeFromALinkShowsOnlyAKnownMessage() throws Exception {
        mvc.perform(get("/login").param("sso", "<b>bịa</b>")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("bịa"))));
        mvc.perform(get("/login").param("sso", "unknownUser"))
                .andExpect(content().string(containsString("chưa được cấp quyền trong hệ thống này")));
    }
}
