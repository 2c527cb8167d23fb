package vn.cchc.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Matched words are marked in the text as shown, whatever its accents. Brackets below mark the matched pieces. */
class HighlightTest {

    private static String marked(String text, String... words) {
        return Highlight.of(text, List.of(words)).stream()
                .map(p -> p.match() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
    }

    @Test
    void marksFoldedWordsInTheAccentedText() {
        assertThat(marked("Đăng ký khai sinh", "dang", "ky")).isEqualTo("[Đăng] [ký] khai sinh");
        assertThat(marked("Nguyễn Văn Đăng – đăng ký", "dang")).isEqualTo("Nguyễn Văn [Đăng] – [đăng] ký");
    }

    @Test
    void joinsOverlappingMatchesIntoOnePiece() {
        assertThat(marked("HS-2026-0001", "2026-0", "6-00")).isEqualTo("HS-[2026-00]01");
    }

    @Test
    void marksDecomposedTextAtTheRightPlace() {
        String nfd = Normalizer.normalize("Chứng thực bản sao", Normalizer.Form.NFD);
        assertThat(marked(nfd, "ban")).isEqualTo("Chứng thực [bản] sao");
    }

    @Test
    void leavesTextWithoutMatchesWholeAndEmptyTextEmpty() {
        assertThat(Highlight.of("Tuyên truyền", List.of("dang"))).containsExactly(new Highlight.Piece("Tuyên truyền", false));
        assertThat(Highlight.of(null, List.of("dang"))).isEmpty();
    }
}
