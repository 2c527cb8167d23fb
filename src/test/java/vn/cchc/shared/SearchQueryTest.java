package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search box's words: folded like {@link SearchText#fold}, ANDed, two characters or more, wildcards escaped. */
class SearchQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Đăng ký khai sinh | dang ky khai sinh",
            "ĐỀ NGHỊ  Ưu tiên  | de nghi uu tien",
            "Quý III/2026      | quy iii/2026",
            "Thủ tục đất đai   | thu tuc dat dai",
            "Phường Bắc Nha Trang | phuong bac nha trang",
            "Ỷ Ỹ ỵ Ơ ờ ữ ẵ ậ   | y y y o o u a a"})
    void foldsEveryVietnameseLetterToItsPlainLowerCaseLetter(String typed, String folded) {
        assertThat(SearchText.key(typed)).isEqualTo(folded);
    }

    @Test
    void dropsOneLetterWordsAndRepeats() {
        assertThat(SearchQuery.parse(" Đăng  ký a DANG ").words()).containsExactly("dang", "ky");
    }

    @Test
    void refusesAQueryWithNoWordOfTwoCharacters() {
        assertThatThrownBy(() -> SearchQuery.parse("a b đ")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("search.tooShort");
    }

    @Test
    void refusesAQueryLongerThan200Characters() {
        assertThat(SearchQuery.parse("a".repeat(200)).words()).hasSize(1);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(201))).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("search.tooLong");
    }

    @Test
    void escapesTheLikeWildcardsAPersonTypes() {
        assertThat(SearchQuery.parse("50% hs_01 a\\b").likePatterns())
                .containsExactly("%50\\%%", "%hs\\_01%", "%a\\\\b%");
        assertThat(SearchQuery.parse("x y zz").allWordsIn("t.search_text"))
                .isEqualTo("(t.search_text like ? escape '\\')");
    }

    @Test
    void matchesInMemoryOnlyWhenEveryWordIsThere() {
        SearchQuery q = SearchQuery.parse("quy iii 2026");
        assertThat(q.matches("Báo cáo quý III năm 2026")).isTrue();
        assertThat(q.matches("Báo cáo quý I năm 2026")).isFalse();
    }
}
