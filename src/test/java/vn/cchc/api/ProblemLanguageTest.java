package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language of a problem's title and detail: Vietnamese unless Accept-Language prefers English. */
class ProblemLanguageTest {

    private static Locale of(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return ApiProblems.locale(request);
    }

    @Test
    void englishOnlyWhenTheClientPrefersIt() {
        assertThat(of(null)).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(of("")).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(of("en")).isEqualTo(Locale.ENGLISH);
        assertThat(of("en-US,en;q=0.9,vi;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(of("vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(of("fr-FR,fr;q=0.9")).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(of("fr;q=0.9,en;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(of("*")).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(of("en;q=abc,,;")).isEqualTo(ApiProblems.VIETNAMESE);
        assertThat(ApiProblems.locale(null)).isEqualTo(ApiProblems.VIETNAMESE);
    }
}
