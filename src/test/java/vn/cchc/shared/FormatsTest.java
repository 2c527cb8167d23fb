package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

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
    void numbersFollowTheReadersLanguageButDocumentsStayVietnamese() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            assertThat(fmt.percent(new BigDecimal("95.5"))).isEqualTo("95.5%");
            assertThat(fmt.number(new BigDecimal("1234567.25"))).isEqualTo("1,234,567.25");
            assertThat(fmt.count(12345)).isEqualTo("12,345");
            assertThat(fmt.bytes(1_258_291)).isEqualTo("1.2 MB");
            assertThat(Formats.vietnamese().number(new BigDecimal("1234567.25"))).isEqualTo("1.234.567,25");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(fmt.count(12345)).isEqualTo("12.345");
        assertThat(fmt.bytes(1_258_291)).isEqualTo("1,2 MB");
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
