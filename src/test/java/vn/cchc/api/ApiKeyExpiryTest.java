package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Every key ends: the admin picks 30, 90, 180 or 365 days; past its end the key gets 401 with a message of its own
 * (in English when the client asks for it); the list warns two weeks ahead, and of a key whose maker can no longer
 * log in.
 */
@IntegrationTest
class ApiKeyExpiryTest {

    private static final Pattern KEY = Pattern.compile("cchc_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired ApiKeys keys;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
        clock.setToday(LocalDate.of(2026, 12, 1));   // 09:00 in Hà Nội: 02:00 UTC
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aThirtyDayKeyWorksUntilItsEndAndIsThenRefusedWithItsOwnMessage() throws Exception {
        String html = mvc.perform(post("/api-keys").param("name", "Một cửa").param("scope", "plans:read")
                        .param("validity", "30").with(user(c.admin())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).isTrue();
        String key = m.group();
        OffsetDateTime end = jdbc.sql("select expires_at from api_key where commune_id = ?").param(c.id())
                .query(OffsetDateTime.class).single();
        assertThat(end.toInstant()).isEqualTo(Instant.parse("2026-12-31T02:00:00Z"));

        clock.advance(Duration.ofDays(30).minusSeconds(1));
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + key)).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + key))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("api.keyExpired"))
                .andExpect(jsonPath("$.title").value("Chưa xác thực"))
                .andExpect(jsonPath("$.detail").value("Khóa API đã hết hạn. Quản trị viên của xã/phường cần tạo khóa mới."));
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + key)
                        .header("Accept-Language", "en-US,en;q=0.9,vi;q=0.8"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.title").value("Not authenticated"))
                .andExpect(jsonPath("$.detail").value("The API key has expired. The commune's admin needs to make a new one."));
        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đã hết hạn")));
    }

    @Test
    void aValidityOutsideTheChoicesIsRefusedOnTheFormAndStoresNothing() throws Exception {
        for (String validity : new String[] {"400", "0", "abc", ""}) {
            mvc.perform(post("/api-keys").param("name", "Hệ thống báo cáo").param("scope", "plans:read")
                            .param("validity", validity).with(user(c.admin())).with(csrf()))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(
                            "Chọn thời hạn hiệu lực của khóa (30, 90, 180 hoặc 365 ngày).")))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Hệ thống báo cáo\"")));
        }
        assertThat(jdbc.sql("select count(*) from api_key where commune_id = ?").param(c.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theListWarnsTwoWeeksAheadAndOfAKeyWhoseMakerCannotLogIn() throws Exception {
        ApiKeys.Created created = keys.create(c.admin(), "Một cửa", EnumSet.of(ApiScope.PLANS_READ), 30);
        clock.advance(Duration.ofDays(15));   // 15 days left: no warning yet
        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Sắp hết hạn"))));
        clock.advance(Duration.ofDays(2));    // 13 days left
        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sắp hết hạn")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Người tạo khóa đã bị khóa tài khoản"))));

        // the key's maker left: the key still works (the commune's integration must not stop unseen), but the list
        // asks the remaining admin to replace it
        jdbc.sql("update api_key set created_by = ? where commune_id = ? and id = ?")
                .params(c.unitHead().id(), c.id(), created.id()).update();
        jdbc.sql("update app_user set enabled = false where id = ?").param(c.unitHead().id()).update();
        mvc.perform(get("/api-keys").with(user(c.admin()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Người tạo khóa đã bị khóa tài khoản: nên thu hồi khóa này và tạo khóa mới.")));
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.key()))
                .andExpect(status().isOk());
    }
}
