package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;

class ThresholdReaderTest {

    // sentence | metric | comparator | value | unit | the words it was read from
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Mức độ hài lòng đạt tối thiểu 95%|PERCENT|GE|95|%|đạt tối thiểu 95%",
            "Tỷ lệ hồ sơ giải quyết đúng hạn từ 95% trở lên|PERCENT|GE|95|%|từ 95%",
            "Tỷ lệ số hóa hồ sơ đạt 100%|PERCENT|GE|100|%|đạt 100%",
            "Trên 90% cán bộ, công chức đạt chuẩn|PERCENT|GT|90|%|Trên 90%",
            "Tỷ lệ hồ sơ trễ hạn dưới 0,5%|PERCENT|LT|0.5|%|dưới 0,5%",
            "Tỷ lệ hồ sơ trễ hạn không quá 5%|PERCENT|LE|5|%|không quá 5%",
            "Tỷ lệ hồ sơ trả lại tối đa 2,5%|PERCENT|LE|2.5|%|tối đa 2,5%",
            "Tỷ lệ đúng hạn đạt 99,9% trở lên|PERCENT|GE|99.9|%|đạt 99,9%",
            "Tỷ lệ đúng hạn đạt 99.9%|PERCENT|GE|99.9|%|đạt 99.9%",
            "Có ít nhất 02 sáng kiến cải cách hành chính được công nhận|COUNT|GE|2|sáng kiến|ít nhất 02 sáng kiến",
            "Giảm 01 biên chế so với năm 2024|COUNT|GE|1|biên chế|Giảm 01 biên chế",
            "Tổ chức tối thiểu 04 cuộc đối thoại với Nhân dân|COUNT|GE|4|cuộc|tối thiểu 04 cuộc",
            "Đăng ít nhất 12 bài tuyên truyền về CCHC|COUNT|GE|12|bài|ít nhất 12 bài",
            "Ít nhất 50% cơ quan chuyên môn được kiểm tra|PERCENT|GE|50|%|Ít nhất 50%",
            "100% văn bản quy phạm pháp luật được rà soát|PERCENT|GE|100|%|100%",
            "Tỷ lệ hồ sơ trực tuyến ≥ 75%|PERCENT|GE|75|%|≥ 75%",
            "Tỷ lệ hồ sơ trực tuyến >= 75%|PERCENT|GE|75|%|>= 75%",
            "Tỷ lệ hồ sơ trực tuyến tăng 10% so với năm trước|PERCENT|GE|10|%|tăng 10%",
            "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ đạt 90%|PERCENT|GE|90|%|đạt 90%",
            "Tỷ lệ khai thác, sử dụng lại thông tin đạt tối thiểu từ 60%|PERCENT|GE|60|%|đạt tối thiểu từ 60%",
            "Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn 100%.|PERCENT|GE|100|%|100%",
            "Tỷ lệ hồ sơ quá hạn không vượt quá 1%|PERCENT|LE|1|%|không vượt quá 1%",
    })
    void readsOneThreshold(String sentence, MetricKind metric, Comparator comparator, BigDecimal value, String unit,
                           String words) {
        List<Threshold> found = ThresholdReader.find(sentence);
        assertThat(found).hasSize(1);
        Threshold t = found.get(0);
        assertThat(t.metric()).isEqualTo(metric);
        assertThat(t.comparator()).isEqualTo(comparator);
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(sentence.substring(t.start(), t.end())).isEqualTo(words);
    }

    @Test
    void readsTheFourThresholdsOfSeed003Goal3() {
        String goal = "3. Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt 90% trở lên."
                + " Trong đó, mức độ hài lòng về giải quyết các thủ tục hành chính lĩnh vực đất đai, xây dựng đạt trên"
                + " 80%. Mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt"
                + " trên 90%. Mức độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt trên 85%.";
        List<Threshold> found = ThresholdReader.find(goal);
        assertThat(found).extracting(Threshold::comparator)
                .containsExactly(Comparator.GE, Comparator.GT, Comparator.GT, Comparator.GT);
        assertThat(found).extracting(t -> t.value().intValue()).containsExactly(90, 80, 90, 85);
    }

    @Test
    void readsSeveralThresholdsSeparatedBySemicolons() {
        String s = "Tỷ lệ hồ sơ trực tuyến đạt 90%; tỷ lệ số hóa hồ sơ đạt 100%; tỷ lệ khai thác, sử dụng lại thông tin,"
                + " dữ liệu số hóa đạt tối thiểu từ 60%.";
        assertThat(ThresholdReader.find(s)).extracting(t -> t.value().intValue()).containsExactly(90, 100, 60);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Kế hoạch số 45/KH-UBND ngày 12/9/2025 của UBND phường",
            "Hạn chế tối đa hồ sơ giải quyết quá hạn",
            "Tăng tỷ lệ thanh toán trực tuyến trong giải quyết TTHC",
            "Giai đoạn 2021-2025 đạt nhiều kết quả",
            "Tăng 150% so với năm trước",
            "Tổ chức 02 hội nghị tập huấn",
            "Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022",
            "trước ngày 30 hàng tháng",
    })
    void findsNoThresholdWhereNoneIsStated(String sentence) {
        assertThat(ThresholdReader.find(sentence)).isEmpty();
    }
}
