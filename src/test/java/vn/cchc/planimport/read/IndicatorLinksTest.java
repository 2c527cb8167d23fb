package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorLinksTest {

    static final List<String> ALL = List.of("ON_TIME_RATE", "ONLINE_RATE", "FULL_ONLINE_RATE", "ONLINE_PAYMENT_RATE",
            "DIGITISATION_RATE", "E_RESULT_RATE", "REUSE_RATE", "PAKN_ON_TIME_RATE");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Tỷ lệ hồ sơ TTHC ở được giải quyết đúng hạn, đạt tỷ lệ từ 95% trở lên|ON_TIME_RATE",
            "tỷ lệ hồ sơ thủ tục hành chính do các cơ quan, đơn vị tiếp nhận trong năm được giải quyết trước và đúng hạn đạt 99,9% trở lên|ON_TIME_RATE",
            "tỷ lệ xử lý phản ánh, kiến nghị đúng hạn 100%|PAKN_ON_TIME_RATE",
            "Phấn đấu tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công đạt 100%|ONLINE_PAYMENT_RATE",
            "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết thủ tục hành chính đạt 90%|ONLINE_RATE",
            "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ trực tuyến đạt 75%|FULL_ONLINE_RATE",
            "tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%|DIGITISATION_RATE",
            "100% hồ sơ và kết quả giải quyết TTHC được số hóa theo quy định|DIGITISATION_RATE",
            "tỷ lệ cấp kết quả giải quyết thủ tục hành chính điện tử đạt 100%|E_RESULT_RATE",
            "tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt tối thiểu từ 60%|REUSE_RATE",
            "trên 95% hồ sơ được đồng bộ, kết nối chia sẻ dữ liệu TTHC đã được số hoá|-",
            "Trên 90% cán bộ, công chức, viên chức phường đạt chuẩn chức danh|-",
            "100% văn bản quy phạm pháp luật được triển khai kịp thời|-",
    })
    void linksATargetToTheIndicatorThatMeasuresIt(String text, String code) {
        assertThat(IndicatorLinks.link(text, ALL)).isEqualTo(code);
    }

    @Test
    void usesOnlyTheIndicatorsTheCommuneCanRead() {
        assertThat(IndicatorLinks.link("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%", List.of("ONLINE_RATE"))).isNull();
    }

    @Test
    void theKeywordFileNamesOnlyRealIndicatorCodes() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/planimport/indicator-keywords.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .forEach(l -> assertThat(ALL).contains(l.split("\t")[0]));
        }
    }
}
