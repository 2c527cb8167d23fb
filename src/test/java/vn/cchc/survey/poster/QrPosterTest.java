package vn.cchc.survey.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QrPosterTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://cchc.khanhhoa.gov.vn/khao-sat/k7Qm2x",
            "https://cchc.khanhhoa.gov.vn/khao-sat/k7Qm2x?diem=quay-2&linh-vuc=dat-dai#bat-dau",
            "https://cchc.khanhhoa.gov.vn/khảo-sát?điểm=Quầy số 2"   // unescaped Vietnamese: UTF-8 with its ECI
    })
    void theBareCodeReadsBackAsTheAddress(String url) throws Exception {
        BufferedImage image = QrDecoding.image(QrPoster.qrPng(url, 400));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(QrDecoding.decode(image)).isEqualTo(url);
    }

    @Test
    void theBareCodeHasAQuietZoneOfFourModules() {
        // 45 bytes at level M need version 4 (version 3 holds 42): 33 modules, 41 with the quiet zone; 410 px → 10
        // px a module, so the first 40 px are white on every side and the finder pattern starts at 40.
        String url = "https://cchc.khanhhoa.gov.vn/khao-sat/k7Qm2x";
        assertThat(QrCodes.modules(url).getWidth()).isEqualTo(41);
        BufferedImage image = QrDecoding.image(QrPoster.qrPng(url, 410));
        assertThat(darkest(image, 0, 0, 40, 410)).as("left quiet zone").isEqualTo(0xFF);
        assertThat(darkest(image, 0, 0, 410, 40)).as("top quiet zone").isEqualTo(0xFF);
        assertThat(darkest(image, 370, 0, 40, 410)).as("right quiet zone").isEqualTo(0xFF);
        assertThat(darkest(image, 0, 370, 410, 40)).as("bottom quiet zone").isEqualTo(0xFF);
        assertThat(image.getRGB(40, 40) & 0xFF).as("the finder pattern's corner").isZero();
    }

    @Test
    void aSizeSmallerThanOnePixelPerModuleIsRefused() {
        assertThatThrownBy(() -> QrPoster.qrPng("https://cchc.khanhhoa.gov.vn/khao-sat/k7Qm2x", 40))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePngPosterIsA4At150DpiAndItsCodeReadsBackWithAVietnameseLabel() throws Exception {
        byte[] png = QrPoster.posterPng(PosterLayoutTest.EXAMPLE);
        BufferedImage image = QrDecoding.image(png);
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
        assertThat(QrDecoding.decode(image)).isEqualTo(PosterLayoutTest.EXAMPLE.url());
        // An example for the documentation (docs/screenshots/survey-poster.png is a copy).
        Path example = Path.of("target/screenshots/survey-poster.png");
        Files.createDirectories(example.getParent());
        Files.write(example, png);
    }

    @Test
    void thePdfPosterIsOneA4PageWithEmbeddedFontsItsTextsAndAReadableCode() throws Exception {
        byte[] pdf = QrPoster.posterPdf(PosterLayoutTest.EXAMPLE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDPage page = document.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.01f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.01f));

            List<String> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));   // subset prefix
            }
            assertThat(fonts).containsExactlyInAnyOrder("LiberationSans", "LiberationSans-Bold");

            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertThat(text).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC NHA TRANG", "Quầy số 2 – Bộ phận Một cửa",
                    PosterLayoutTest.EXAMPLE.url(), "Không thu thập thông tin cá nhân.");

            BufferedImage page1 = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            assertThat(QrDecoding.decode(page1)).isEqualTo(PosterLayoutTest.EXAMPLE.url());
        }
    }

    @Test
    void withoutTheFontFilesThePosterIsRefusedWithTheFileNamed(@TempDir Path empty) {
        assertThatThrownBy(() -> PosterFonts.load(empty))
                .isInstanceOfSatisfying(PosterFontMissing.class, missing -> {
                    assertThat(missing.messageKey()).isEqualTo("survey.poster.fontMissing");
                    assertThat(missing.args()).containsExactly(empty.resolve("LiberationSans-Regular.ttf").toString());
                });
    }

    @Test
    void aFontFileThatIsNotATrueTypeFontCountsAsMissing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("LiberationSans-Regular.ttf"), "not a font");
        Files.writeString(dir.resolve("LiberationSans-Bold.ttf"), "not a font");
        assertThatThrownBy(() -> PosterFonts.load(dir)).isInstanceOf(PosterFontMissing.class);
    }

    @Test
    void aPosterNeedsAnAddress() {
        assertThatThrownBy(() -> new PosterText("Phường Bắc Nha Trang", "Khảo sát", "Quầy 1", " ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The darkest grey level (0 black, 255 white) in a rectangle of a grey image. */
    private static int darkest(BufferedImage image, int left, int top, int width, int height) {
        int darkest = 0xFF;
        for (int y = top; y < top + height; y++) {
            for (int x = left; x < left + width; x++) {
                darkest = Math.min(darkest, image.getRGB(x, y) & 0xFF);
            }
        }
        return darkest;
    }
}
