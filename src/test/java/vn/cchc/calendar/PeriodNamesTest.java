package vn.cchc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.cchc.shared.MessageBundleFiles;

/** Periods, report periods and holidays named in each language from the real bundles. */
class PeriodNamesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource bundles = bundles();
    private final PeriodNames periods = new PeriodNames(bundles);
    private final HolidayNames holidays = new HolidayNames(bundles);

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachKindOfPeriodHasItsEnglishName() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(periods.of(Period.month(2026, 11))).isEqualTo("November 2026");
        assertThat(periods.of(Period.quarter(2026, 4))).isEqualTo("Q4 2026");
        assertThat(periods.of(Period.half(2026, 1))).isEqualTo("First half of 2026");
        assertThat(periods.of(Period.half(2026, 2))).isEqualTo("Second half of 2026");
        assertThat(periods.of(Period.nineMonths(2026))).isEqualTo("First nine months of 2026");
        assertThat(periods.ofCode("2026")).isEqualTo("Year 2026");
    }

    @Test
    void vietnameseNamesAreThoseDocumentsUse() {
        LocaleContextHolder.setLocale(VI);
        for (Period p : new Period[] {Period.month(2026, 11), Period.quarter(2026, 4), Period.half(2026, 1),
                Period.half(2026, 2), Period.nineMonths(2026), Period.year(2026)}) {
            assertThat(periods.of(p)).isEqualTo(p.label());
        }
        assertThat(periods.of(Period.quarter(2026, 4))).isEqualTo("Quý IV/2026");
    }

    @Test
    void storedVietnameseLabelsAreNamedInEnglishAndOtherTextIsKept() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(periods.text("Báo cáo tháng 6/2026")).isEqualTo("Report for June 2026");
        assertThat(periods.text("Báo cáo quý I/2026")).isEqualTo("Report for Q1 2026");
        assertThat(periods.text("Báo cáo Tháng 12/2026")).isEqualTo("Report for December 2026");
        assertThat(periods.text("Báo cáo 6 tháng đầu năm 2026")).isEqualTo("Report for First half of 2026");
        assertThat(periods.text("Báo cáo năm 2026")).isEqualTo("Report for Year 2026");
        assertThat(periods.text("Ban hành kế hoạch – Tháng 8/2025")).isEqualTo("Ban hành kế hoạch – August 2025");
        assertThat(periods.text("Quý III/2025")).isEqualTo("Q3 2025");
        assertThat(periods.text("Báo cáo đột xuất về PCCC")).isEqualTo("Báo cáo đột xuất về PCCC");
        assertThat(periods.text("Tháng 13/2026")).isEqualTo("Tháng 13/2026");
        assertThat(periods.text("Báo cáo tháng 6/2026 — Văn phòng")).isEqualTo("Report for June 2026 — Văn phòng");
        assertThat(periods.text("Quý I/2026 · Kế hoạch CCHC")).isEqualTo("Q1 2026 · Kế hoạch CCHC");
        LocaleContextHolder.setLocale(VI);
        assertThat(periods.text("Báo cáo tháng 6/2026")).isEqualTo("Báo cáo tháng 6/2026");
    }

    @Test
    void computedHolidaysAreTranslatedAndEnteredOnesKept() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(holidays.of("Tết Nguyên đán")).isEqualTo("Lunar New Year (Tet)");
        assertThat(holidays.of("Nghỉ bù Quốc khánh")).isEqualTo("Substitute day off for National Day");
        assertThat(holidays.of("Nghỉ hoán đổi")).isEqualTo("Nghỉ hoán đổi");
        LocaleContextHolder.setLocale(VI);
        assertThat(holidays.of("Nghỉ bù Quốc khánh")).isEqualTo("Nghỉ bù Quốc khánh");
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundleFiles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
