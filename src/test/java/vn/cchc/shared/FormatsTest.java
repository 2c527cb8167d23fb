package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void numbersUseADecimalCommaAndDotGrouping() {
        assertThat(fmt.percent(new BigDecimal("95.5"))).isEqualTo("95,5%");
        assertThat(fmt.percent(new BigDecimal("100.000"))).isEqualTo("100%");
        assertThat(fmt.number(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        assertThat(fmt.number(new BigDecimal("0.5"))).isEqualTo("0,5");
        assertThat(fmt.number(new BigDecimal("-1000"))).isEqualTo("-1.000");
    }

    @Test
    void datesAreDayMonthYear() {
        assertThat(fmt.date(LocalDate.of(2025, 7, 4))).isEqualTo("04/07/2025");
        assertThat(fmt.date(null)).isEmpty();
    }

    @Test
    void searchFoldingIgnoresDiacriticsAndKeepsLength() {
        assertThat(SearchText.key("  Số hóa   HỒ SƠ Đất đai ")).isEqualTo("so hoa ho so dat dai");
        String original = "Trước ngày 10/12/2025";
        assertThat(SearchText.fold(original)).hasSize(original.length()).isEqualTo("truoc ngay 10/12/2025");
    }
}
