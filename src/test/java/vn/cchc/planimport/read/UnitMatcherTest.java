package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitMatcherTest {

    /** The demo ward's units (seed 001/002 names). */
    static final List<UnitName> DEMO = List.of(
            new UnitName(1, "Văn phòng HĐND và UBND phường", "VP HĐND-UBND"),
            new UnitName(2, "Phòng Văn hóa – Xã hội", "VH-XH"),
            new UnitName(3, "Phòng Kinh tế, Hạ tầng và Đô thị", "KT-HT-ĐT"),
            new UnitName(4, "Trung tâm Phục vụ hành chính công", "TTPVHCC"),
            new UnitName(5, "Công an phường Bắc Nha Trang", "Công an"),
            new UnitName(6, "Các ban của HĐND phường", "Ban HĐND"),
            new UnitName(7, "Ủy ban MTTQ Việt Nam phường", "MTTQ"));

    /** A differently named commune: a "Văn phòng UBND" without HĐND, a finance office, a culture centre. */
    static final List<UnitName> OTHER = List.of(
            new UnitName(11, "Văn phòng UBND xã", "VP"),
            new UnitName(12, "Phòng Tài chính - Kế hoạch", "TC-KH"),
            new UnitName(13, "Trung tâm Văn hóa, Thể thao và Truyền thông", "TTVHTT"),
            new UnitName(14, "Phòng Văn hóa và Thông tin", "VH&TT"),
            new UnitName(15, "Ban Chỉ huy Quân sự xã", "BCHQS"));

    // text | unit ids | allOthers | unmatched | exact
    @ParameterizedTest(name = "demo: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Phòng Văn hóa – Xã hội|2|false|-|true",
            "Phòng Văn hóa - Xã hội.|2|false|-|true",
            "VH-XH|2|false|-|true",
            "VHXH|2|false|-|true",
            "Phòng VH&XH|2|false|-|true",
            "Phòng Văn hoá – Xã hội phường|2|false|-|true",
            "Văn phòng HĐND và UBND|1|false|-|true",
            "VP HĐND-UBND|1|false|-|true",
            "Văn phòng HĐND&UBND|1|false|-|true",
            "Văn phòng HĐND&UBND xã|1|false|-|true",
            "HĐND&UBND|1|false|-|false",
            "Trung tâm Phục vụ hành chính công|4|false|-|true",
            "TT PVHCC|4|false|-|true",
            "TTPVHCC|4|false|-|true",
            "trung tâm phục vụ HCC|4|false|-|false",
            "Trung tâm phục vụ hành chính công phường|4|false|-|true",
            "Phòng Kinh tế - Hạ tầng và Đô thị|3|false|-|true",
            "Phòng Kinh tế, Hạ tầng và Đô thị|3|false|-|true",
            "KT-HT-ĐT|3|false|-|true",
            "Phòng Kinh tế|3|false|-|false",
            "Công an xã|5|false|-|true",
            "Công an phường|5|false|-|true",
            "Các ban của HĐND phường|6|false|-|true",
            "Phòng VH-XH, TT PVHCC và Công an xã|2;4;5|false|-|true",
            "Các cơ quan chuyên môn, trung tâm phục vụ HCC.|4|true|-|false",
            "Các cơ quan chuyên môn|-|true|-|true",
            "các phòng, ban chuyên môn|-|true|-|true",
            "Các cơ quan, đợn vị chuyên môn thuộc UBND phường|-|true|-|true",
            "các đơn vị liên quan|-|true|-|true",
            "Phòng chuyên môn thuộc UBND phường|-|true|-|true",
            "UBND phường|-|false|-|true",
            "Văn phòng Đảng ủy|-|false|Văn phòng Đảng ủy|false",
            "Trung tâm Văn hóa, Thể thao và Truyền thông xã|-|false|Trung tâm Văn hóa;Thể thao;Truyền thông|false",
            "Phòng Văn hóa – Xã hội, Phòng Tư pháp|2|false|Tư pháp|false",
    })
    void readsTheDemoWardsUnitsAsPlansWriteThem(String text, String ids, boolean allOthers, String unmatched, boolean exact) {
        assertMatch(new UnitMatcher(DEMO).match(text), ids, allOthers, unmatched, exact);
    }

    @ParameterizedTest(name = "other: {0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Văn phòng UBND xã|11|false|-|true",
            "Phòng Tài chính – Kế hoạch|12|false|-|true",
            "Phòng TC-KH|12|false|-|true",
            "Phòng TCKH|12|false|-|true",
            "Trung tâm Văn hóa, Thể thao và Truyền thông xã|13|false|-|true",
            "TT VHTT|13|false|-|true",
            "Trung tâm VH-TT-TT|13|false|-|false",
            "Phòng Văn hóa và Thông tin|14|false|-|true",
            "Phòng VH&TT|14|false|-|true",
            "Ban CHQS xã|15|false|-|false",
            "Phòng Văn hóa – Xã hội|-|false|Văn hóa – Xã hội|false",
            "Ban Chỉ huy Quân sự xã, các đơn vị liên quan|15|true|-|true",
    })
    void readsADifferentlyNamedCommune(String text, String ids, boolean allOthers, String unmatched, boolean exact) {
        assertMatch(new UnitMatcher(OTHER).match(text), ids, allOthers, unmatched, exact);
    }

    private static void assertMatch(UnitMatch m, String ids, boolean allOthers, String unmatched, boolean exact) {
        List<Long> expectedIds = ids == null ? List.of() : java.util.Arrays.stream(ids.split(";")).map(Long::valueOf).toList();
        List<String> expectedUnmatched = unmatched == null ? List.of() : List.of(unmatched.split(";"));
        assertThat(m.unitIds()).as("ids").isEqualTo(expectedIds);
        assertThat(m.allOthers()).as("allOthers").isEqualTo(allOthers);
        assertThat(m.unmatched()).as("unmatched").isEqualTo(expectedUnmatched);
        assertThat(m.exact()).as("exact").isEqualTo(exact);
    }
}
