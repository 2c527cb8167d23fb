package vn.cchc.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextSourceTest {

    @Test
    void pastedTextBecomesNumberedNfcLinesWithoutBlankLinesOrControlCharacters() {
        String decomposed = Normalizer.normalize("KẾ HOẠCH", Normalizer.Form.NFD);
        SourceDocument doc = TextSource.read("\uFEFF" + decomposed + "\r\n\r\n  Cải cách\u0007 hành\tchính  \r\n\n");

        assertThat(doc.kind()).isEqualTo(SourceKind.TEXT);
        assertThat(doc.lines()).containsExactly(new SourceLine(1, "KẾ HOẠCH"), new SourceLine(2, "Cải cách hành chính"));
        assertThat(doc.tables()).isEmpty();
    }

    @Test
    void uploadedUtf8WithBomIsReadAndItsBomDropped() {
        byte[] bytes = ("\uFEFFPhụ lục\nNhiệm vụ").getBytes(StandardCharsets.UTF_8);

        assertThat(TextSource.read(bytes).lines()).extracting(SourceLine::text).containsExactly("Phụ lục", "Nhiệm vụ");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "Nhiệm vụ năm".getBytes(StandardCharsets.UTF_8);
        latin1[3] = (byte) 0xFF;

        assertThatThrownBy(() -> TextSource.read(latin1))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.notUtf8"));
    }

    @Test
    void utf8ReadAsWindows1252IsRepairedEvenWhenItsNonBreakingSpacesBecamePlainSpaces() {
        String garbled = new String("KẾ HOẠCH cải cách hành chính năm 2025, Phòng Văn hóa – Xã hội"
                .getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(garbled).startsWith("Káº¾ HOáº");

        assertThat(TextSource.read(garbled.replace('\u00A0', ' ')).lines().get(0).text())
                .isEqualTo("KẾ HOẠCH cải cách hành chính năm 2025, Phòng Văn hóa – Xã hội");
    }

    @Test
    void garbledTextThatCannotBeRepairedIsRefusedRatherThanShown() {
        assertThatThrownBy(() -> TextSource.read("Káº¾ HOáº CH và cải cách"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.mojibake"));
    }

    @Test
    void ordinaryVietnameseWithCapitalATildeIsLeftAlone() {
        assertThat(TextSource.read("NGÃ BA Ã, mã số").lines().get(0).text()).isEqualTo("NGÃ BA Ã, mã số");
    }

    @Test
    void textWithOnlyBlankLinesIsRefusedAsEmpty() {
        assertThatThrownBy(() -> TextSource.read(" \r\n\t\n\uFEFF"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.empty"));
    }

    @Test
    void utf16WithItsByteOrderMarkIsReadAndOtherBinaryIsRefused() {
        byte[] utf16 = "\uFEFFKẾ HOẠCH\r\nNăm 2026".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        assertThat(SourceReader.read(utf16, "kehoach.txt").lines()).extracting(SourceLine::text)
                .containsExactly("KẾ HOẠCH", "Năm 2026");
        assertThatThrownBy(() -> SourceReader.read(new byte[] {'M', 'Z', 0, 0, 1}, "app.exe"))
                .isInstanceOfSatisfying(ImportRefused.class,
                        e -> assertThat(e.messageKey()).isEqualTo("planimport.refused.notText"));
    }
}
