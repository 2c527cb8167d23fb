package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page arithmetic by hand: 21 items at 20 a page are pages 1 (items 1–20) and 2 (item 21); page 3 does not exist. */
class PagedTest {

    @ParameterizedTest(name = "page {0} of {2} items, {1} shown")
    @CsvSource({
            // page, items on it, total, pages, exists, previous, next, first, last
            "1, 20, 21, 2, true,  false, true,  1,  20",
            "2, 1,  21, 2, true,  true,  false, 21, 21",
            "3, 0,  21, 2, false, false, false, 0,  0",
            "1, 0,  0,  1, true,  false, false, 0,  0",
            "2, 0,  0,  1, false, false, false, 0,  0",
            "1, 20, 20, 1, true,  false, false, 1,  20",
            "2, 20, 60, 3, true,  true,  true,  21, 40"})
    void pageArithmetic(int page, int shown, long total, long pages, boolean exists, boolean previous, boolean next,
                        long first, long last) {
        Paged<String> p = new Paged<>(Collections.nCopies(shown, "x"), page, 20, total);
        assertThat(p.pages()).isEqualTo(pages);
        assertThat(p.exists()).isEqualTo(exists);
        assertThat(p.hasPrevious()).isEqualTo(previous);
        assertThat(p.hasNext()).isEqualTo(next);
        assertThat(p.first()).isEqualTo(first);
        assertThat(p.last()).isEqualTo(last);
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "2, 20", "3, 40", "2147483647, 42949672920"})
    void offsetNeverOverflows(int page, long offset) {
        assertThat(Paged.offset(page, 20)).isEqualTo(offset);
    }
}
