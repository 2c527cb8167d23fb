package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.cchc.org.Commune;

/** The text rules of Nghị định 30/2020, Phụ lục I, checked against values written out by hand. */
class Nd30RulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-01-05|ngày 05 tháng 01 năm 2026",
            "2026-02-28|ngày 28 tháng 02 năm 2026",
            "2026-03-16|ngày 16 tháng 3 năm 2026",
            "2025-08-12|ngày 12 tháng 8 năm 2025",
            "2026-12-09|ngày 09 tháng 12 năm 2026",
            "2026-10-31|ngày 31 tháng 10 năm 2026"})
    void daysBelowTenAndTheFirstTwoMonthsTakeALeadingZero(LocalDate date, String expected) {
        assertThat(OfficialDate.date(date)).isEqualTo(expected);
    }

    @Test
    void placeAndDateReadAsOneLine() {
        assertThat(OfficialDate.placeAndDate("Vũng Áng", LocalDate.of(2025, 8, 12)))
                .isEqualTo("Vũng Áng, ngày 12 tháng 8 năm 2025");
        assertThat(OfficialDate.placeAndDate(" ", LocalDate.of(2025, 8, 12))).isEqualTo("Ngày 12 tháng 8 năm 2025");
    }

    @ParameterizedTest(name = "{0}/{1}-{2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "5|BC|UBND|Số: 05/BC-UBND",
            "347|qđ|ubnd|Số: 347/QĐ-UBND",
            "10|KH|UBND|Số: 10/KH-UBND"})
    void numbersHaveALeadingZeroBelowTenAndUpperCaseSymbols(int number, String type, String issuer,
                                                             String expected) {
        assertThat(DocumentNumber.of(number, type, issuer).line()).isEqualTo(expected);
    }

    @Test
    void anUnregisteredDraftLeavesTheNumberBlankForTheClerk() {
        assertThat(DocumentNumber.of(null, "BC", "UBND").line()).isEqualTo("Số:       /BC-UBND");
        assertThat(DocumentNumber.registered(" 2943/KH-UBND ", "KH", "UBND").line()).isEqualTo("Số: 2943/KH-UBND");
        assertThat(DocumentNumber.registered("", "KH", "UBND").symbol()).isEqualTo("      /KH-UBND");
        assertThatThrownBy(() -> DocumentNumber.of(0, "BC", "UBND")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSigningBlockCarriesTheAuthorityPrefixes() {
        assertThat(new SigningBlock(SigningBlock.Authority.TM, "Ủy ban nhân dân", "Chủ tịch", "Lê Văn A")
                .authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(new SigningBlock(SigningBlock.Authority.KT, "Ủy ban nhân dân", "Phó Chủ tịch", "Trần B")
                .authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(new SigningBlock(SigningBlock.Authority.Q, "Ủy ban nhân dân", "Phó Chủ tịch", "Trần B")
                .authorityLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH");
        assertThat(new SigningBlock(SigningBlock.Authority.NONE, "", "Chủ tịch", "Lê Văn A").authorityText())
                .isEqualTo("CHỦ TỊCH");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Phường Bắc Nha Trang|Bắc Nha Trang|UBND phường Bắc Nha Trang",
            "Xã Đưng K'Nớ|Đưng K'Nớ|UBND xã Đưng K'Nớ",
            "Đặc khu Phú Quốc|Phú Quốc|UBND đặc khu Phú Quốc"})
    void theCommunesNameGivesThePlaceAndTheShortCommittee(String name, String place, String committee) {
        IssuingBody body = IssuingBody.of(new Commune(1, 1, "99001", name, Commune.Kind.PHUONG, null, null));
        assertThat(body.place()).isEqualTo(place);
        assertThat(body.committeeShort()).isEqualTo(committee);
        assertThat(body.heading()).startsWith("ỦY BAN NHÂN DÂN\n").endsWith(name.toUpperCase(
                java.util.Locale.forLanguageTag("vi")));
    }

    @Test
    void recipientsEndWithSemicolonsAndTheArchiveLineWithAFullStop() {
        DocumentHeader header = new DocumentHeader(null, null, null, "Báo cáo", "", null,
                List.of("Sở Nội vụ tỉnh Khánh Hòa", "TT Đảng ủy phường "), "VH-XH");
        assertThat(header.recipientLines())
                .isEqualTo("- Sở Nội vụ tỉnh Khánh Hòa;\n- TT Đảng ủy phường;\n- Lưu: VT, VH-XH.");
    }

    @Test
    void groundsGoOnePerLineEndingWithASemicolonAndTheLastWithAFullStop() {
        assertThat(PlanDocuments.grounds("Luật Tổ chức chính quyền địa phương năm 2025;\n\n"
                + "Căn cứ Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh."))
                .isEqualTo("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;\n"
                        + "Căn cứ Kế hoạch số 2943/KH-UBND ngày 29/8/2025 của UBND tỉnh.");
        assertThat(PlanDocuments.grounds(null)).isEmpty();
    }
}
