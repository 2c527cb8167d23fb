package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.support.IntegrationTest;

/** The SQL {@code cchc_fold} and {@link SearchText#fold} agree on every letter of the Vietnamese alphabet. */
@IntegrationTest
class SqlFoldAgreementTest {

    /** The 67 accented lower-case letters (12 vowels × tones, ă â ê ô ơ ư, đ), written out by hand. */
    static final String ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    @Autowired JdbcClient jdbc;

    @Test
    void sqlAndJavaFoldEveryVietnameseLetterAlike() {
        String upper = ACCENTED.toUpperCase(Locale.ROOT);
        List<String> letters = new ArrayList<>();
        (ACCENTED + upper + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/.")
                .chars().forEach(ch -> letters.add(String.valueOf((char) ch)));
        assertThat(ACCENTED).hasSize(67);
        assertThat(upper).hasSize(67);
        List<String> disagree = new ArrayList<>();
        for (String letter : letters) {
            String sql = jdbc.sql("select cchc_fold(?)").param(letter).query(String.class).single();
            if (!sql.equals(SearchText.fold(letter))) {
                disagree.add(letter + " → sql " + sql + ", java " + SearchText.fold(letter));
            }
        }
        assertThat(disagree).isEmpty();
    }

    @Test
    void sqlFoldsAWholeSentenceAndDecomposedInputLikeJava() {
        String sentence = "Đăng ký THƯỜNG TRÚ tại Phường Bắc Nha Trang – Quý III/2026";
        String nfd = java.text.Normalizer.normalize(sentence, java.text.Normalizer.Form.NFD);
        assertThat(jdbc.sql("select cchc_fold(?)").param(sentence).query(String.class).single())
                .isEqualTo("dang ky thuong tru tai phuong bac nha trang – quy iii/2026");
        assertThat(jdbc.sql("select cchc_fold(?)").param(nfd).query(String.class).single())
                .isEqualTo(SearchText.fold(nfd));
    }
}
