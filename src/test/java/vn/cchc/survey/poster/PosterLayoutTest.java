package vn.cchc.survey.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts measured with the real Liberation Sans, in points (A4 is 595.28 × 841.89, margins 42.52). */
class PosterLayoutTest {

    static final PosterText EXAMPLE = new PosterText("Phường Bắc Nha Trang", "KHẢO SÁT SỰ HÀI LÒNG CỦA NGƯỜI DÂN",
            "Quầy số 2 – Bộ phận Một cửa", "https://cchc.khanhhoa.gov.vn/khao-sat/k7Qm2x?diem=quay-2",
            "Quét mã bằng Zalo hoặc camera điện thoại để đánh giá. Không thu thập thông tin cá nhân.");

    private final PosterFonts fonts = PosterFonts.installed();

    @Test
    void theCodeIsTwelveCentimetresWideAndCentredUnderTheCommuneTitleAndPoint() {
        PosterLayout layout = PosterPng.layout(EXAMPLE, fonts);
        assertThat(layout.qrSize()).isCloseTo(340.157f, within(0.01f));             // 120 / 25.4 × 72
        assertThat(layout.qrLeft()).isCloseTo(127.559f, within(0.01f));             // (595.276 − 340.157) / 2
        List<String> texts = layout.lines().stream().map(PosterLayout.Line::text).toList();
        assertThat(texts.subList(0, 4)).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC NHA TRANG",
                "KHẢO SÁT SỰ HÀI", "LÒNG CỦA NGƯỜI DÂN");   // balanced, no word left alone
        assertThat(texts.get(4)).isEqualTo("Quầy số 2 – Bộ phận Một cửa");
        assertThat(texts.get(5)).isEqualTo(EXAMPLE.url());
        assertThat(String.join(" ", texts.subList(6, texts.size()))).isEqualTo(EXAMPLE.instructions());
        assertFitsThePage(layout);
    }

    @Test
    void longTextsWrapWithinTheirLineLimitsAndTheCodeKeepsItsSize() {
        String words = "Bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính ".repeat(12);
        PosterText longTexts = new PosterText(words, words, words,
                "https://cchc.khanhhoa.gov.vn/khao-sat/" + "k7Qm2x-".repeat(60) + "?diem=quay-2&linh-vuc=dat-dai",
                words + words);
        PosterLayout layout = PosterPng.layout(longTexts, fonts);
        assertThat(layout.qrSize()).isCloseTo(340.157f, within(0.01f));
        assertFitsThePage(layout);
        List<PosterLayout.Line> titleLines = layout.lines().stream().filter(l -> l.size() == 26).toList();
        assertThat(titleLines).hasSize(3);
        assertThat(titleLines.get(2).text()).endsWith("…");
        assertThat(layout.lines().stream().filter(l -> l.size() == 12)).hasSize(3);   // the address
        assertThat(layout.lines().stream().filter(l -> l.size() == 14)).hasSize(4);   // the instructions
    }

    @Test
    void withoutTheOptionalTextsThereIsTheCodeAndItsAddress() {
        PosterLayout layout = PosterPng.layout(new PosterText(null, " ", null, "https://x.vn/s", null), fonts);
        assertThat(layout.lines()).extracting(PosterLayout.Line::text).containsExactly("https://x.vn/s");
        assertFitsThePage(layout);
    }

    @Test
    void textIsComposedOnOneLineAndCharactersTheFontLacksBecomeQuestionMarks() {
        String decomposed = "Qua\u0302\u0300y  so\u0302\u0301\n2\t👍";
        assertThat(PosterLayout.printable(decomposed, fonts.regular())).isEqualTo("Quầy số 2 ?");
    }

    /** Inside the margins, top to bottom, nothing over the code. */
    private void assertFitsThePage(PosterLayout layout) {
        float previousBaseline = 0;
        for (PosterLayout.Line line : layout.lines()) {
            float width = PosterPng.width(fonts, line.text(), line.bold(), line.size());
            assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(PosterLayout.MARGIN);
            assertThat(line.x() + width).as(line.text())
                    .isLessThanOrEqualTo(PosterLayout.PAGE_WIDTH - PosterLayout.MARGIN + 0.01f);
            assertThat(line.baseline() - line.size()).isGreaterThanOrEqualTo(PosterLayout.MARGIN - 0.01f);
            assertThat(line.baseline() + 0.25f * line.size())
                    .isLessThanOrEqualTo(PosterLayout.PAGE_HEIGHT - PosterLayout.MARGIN + 0.01f);
            assertThat(line.baseline()).isGreaterThan(previousBaseline);
            boolean overlapsCode = line.baseline() + 0.25f * line.size() > layout.qrTop()
                    && line.baseline() - line.size() < layout.qrTop() + layout.qrSize();
            assertThat(overlapsCode).as(line.text()).isFalse();
            previousBaseline = line.baseline();
        }
    }
}
