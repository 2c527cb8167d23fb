package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.shared.Ratio;

/**
 * Biểu II.06a's arithmetic on a hand-computed table:
 * <pre>
 *              (4) (5) (6) | (3) | (8) (9) (10) | (7) | (12) (13) | (11) | withdrawn
 * Hộ tịch       3   4   2  |  9  |  2   3   1   |  6  |  1    1   |  2   |  1        9 = 6 + 2 + 1
 * Chứng thực    0   5   1  |  6  |  4   0   0   |  4  |  2    0   |  2   |  0        6 = 4 + 2
 * Tổng cộng     3   9   3  | 15  |  6   3   1   | 10  |  3    1   |  4   |  1       15 = 10 + 4 + 1
 * </pre>
 */
class Form06aTest {

    static final LocalDate FROM = LocalDate.of(2025, 12, 15);
    static final LocalDate TO = LocalDate.of(2026, 3, 14);
    static final Form06a.Row HO_TICH = Form06a.Row.of("Hộ tịch", 3, 4, 2, 2, 3, 1, 1, 1, 1);
    static final Form06a.Row CHUNG_THUC = Form06a.Row.of("Chứng thực", 0, 5, 1, 4, 0, 0, 2, 0, 0);

    @Test
    void theTotalRowAddsUpTheFieldsColumnByColumn() {
        Form06a form = Form06a.of(FROM, TO, List.of(HO_TICH, CHUNG_THUC));

        assertThat(HO_TICH.columns()).containsExactly(9L, 3L, 4L, 2L, 6L, 2L, 3L, 1L, 2L, 1L, 1L);
        assertThat(form.total().columns()).containsExactly(15L, 3L, 9L, 3L, 10L, 6L, 3L, 1L, 4L, 3L, 1L);
        assertThat(form.total().withdrawn()).isEqualTo(1);
        assertThat(form.total().resolvedInTime()).isEqualTo(new Ratio(9, 10));
        assertThat(form.brokenIdentities()).isEmpty();
    }

    @Test
    void aRowThatDoesNotAddUpIsNamedWithEveryIdentityItBreaks() {
        Form06a.Row typedWrong = new Form06a.Row("Hộ tịch", 10, 3, 4, 2, 6, 2, 3, 1, 2, 1, 1, 1);
        Form06a form = new Form06a(FROM, TO, List.of(typedWrong, CHUNG_THUC),
                Form06a.of(FROM, TO, List.of(HO_TICH, CHUNG_THUC)).total());

        assertThat(form.brokenIdentities()).extracting(Form06a.Broken::message).containsExactly(
                "Lĩnh vực Hộ tịch: (3) = (4) + (5) + (6) không khớp, cột (3) là 10 nhưng tổng là 9.",
                "Lĩnh vực Hộ tịch: (3) = (7) + (11) + số hồ sơ rút, trả lại, dừng xử lý không khớp, cột (3) là 10"
                        + " nhưng tổng là 9.",
                "Tổng cộng: dòng Tổng cộng = tổng các lĩnh vực không khớp, cột (3) là 15 nhưng tổng là 16.");
    }

    @Test
    void partsThatDoNotAddUpToTheirTotalsAreEachReported() {
        Form06a.Row wrong = new Form06a.Row("", 5, 2, 2, 1, 4, 1, 1, 1, 3, 1, 1, 0);
        Form06a form = new Form06a(FROM, TO, List.of(wrong), wrong);

        assertThat(form.brokenIdentities()).extracting(Form06a.Broken::row, Form06a.Broken::identity,
                Form06a.Broken::actual, Form06a.Broken::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lĩnh vực chưa xác định", Form06a.Identity.RESOLVED, 4L, 3L),
                org.assertj.core.groups.Tuple.tuple("Lĩnh vực chưa xác định", Form06a.Identity.IN_PROGRESS, 3L, 2L),
                org.assertj.core.groups.Tuple.tuple("Lĩnh vực chưa xác định", Form06a.Identity.BALANCE, 5L, 7L),
                org.assertj.core.groups.Tuple.tuple("Tổng cộng", Form06a.Identity.RESOLVED, 4L, 3L),
                org.assertj.core.groups.Tuple.tuple("Tổng cộng", Form06a.Identity.IN_PROGRESS, 3L, 2L),
                org.assertj.core.groups.Tuple.tuple("Tổng cộng", Form06a.Identity.BALANCE, 5L, 7L));
    }

    @Test
    void aWithdrawnCountMissingFromTheTotalIsReported() {
        Form06a.Row total = Form06a.of(FROM, TO, List.of(HO_TICH, CHUNG_THUC)).total();
        Form06a.Row noWithdrawn = new Form06a.Row("", 15, 3, 9, 3, 10, 6, 3, 1, 4, 3, 1, 0);
        Form06a form = new Form06a(FROM, TO, List.of(HO_TICH, CHUNG_THUC), noWithdrawn);

        assertThat(total.withdrawn()).isEqualTo(1);
        assertThat(form.brokenIdentities()).extracting(Form06a.Broken::message).containsExactly(
                "Tổng cộng: (3) = (7) + (11) + số hồ sơ rút, trả lại, dừng xử lý không khớp, cột (3) là 15 nhưng tổng"
                        + " là 14.",
                "Tổng cộng: dòng Tổng cộng = tổng các lĩnh vực không khớp, cột rút, trả lại, dừng xử lý là 0 nhưng"
                        + " tổng là 1.");
    }

    @Test
    void countingWithdrawnAsOnTimeMovesThemIntoColumnsSevenAndNine() {
        Form06a form = Form06a.of(FROM, TO, List.of(HO_TICH, CHUNG_THUC)).withWithdrawnAsOnTime();

        assertThat(form.rows().get(0).columns()).containsExactly(9L, 3L, 4L, 2L, 7L, 2L, 4L, 1L, 2L, 1L, 1L);
        assertThat(form.rows().get(0).withdrawn()).isZero();
        assertThat(form.total().columns()).containsExactly(15L, 3L, 9L, 3L, 11L, 6L, 4L, 1L, 4L, 3L, 1L);
        assertThat(form.brokenIdentities()).isEmpty();
    }

    @Test
    void messagesAreNfcVietnamese() {
        Form06a.Row wrong = new Form06a.Row("Đất đai", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<Form06a.Broken> broken = new Form06a(FROM, TO, List.of(wrong), wrong).brokenIdentities();

        assertThat(broken).isNotEmpty().allSatisfy(b ->
                assertThat(Normalizer.isNormalized(b.message(), Normalizer.Form.NFC)).as(b.message()).isTrue());
    }
}
