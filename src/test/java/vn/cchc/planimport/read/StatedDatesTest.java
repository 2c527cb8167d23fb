package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.planimport.source.SourceTable;

class StatedDatesTest {

    private static final ReadContext CONTEXT = new ReadContext(UnitMatcherTest.OTHER, 2026, LocalDate.of(2026, 1, 5),
            IndicatorLinksTest.ALL);

    @Test
    void readsDueDatesWithTheirLabelBeforeOrAfterTheDate() {
        Outline outline = Outline.of(PastedText.of("""
                III. TỔ CHỨC THỰC HIỆN
                Các phòng gửi hồ sơ tự đánh giá Chỉ số cải cách hành chính về Văn phòng trước ngày 21/6/2026.
                Trước ngày 15 tháng 12, Văn phòng tổng hợp báo cáo kết quả năm.
                Báo cáo định kỳ trước ngày 30 hàng tháng; hạn chót ngày 31/2/2026 không có thật.
                """));
        List<DraftDate> dates = StatedDates.find(outline, CONTEXT, List.of());
        assertThat(dates).containsExactly(
                new DraftDate("Các phòng gửi hồ sơ tự đánh giá Chỉ số cải cách hành chính về Văn phòng",
                        LocalDate.of(2026, 6, 21), "trước ngày 21/6/2026", LineSpan.of(2)),
                new DraftDate("Văn phòng tổng hợp báo cáo kết quả năm", LocalDate.of(2026, 12, 15),
                        "Trước ngày 15 tháng 12", LineSpan.of(3)));
    }

    @Test
    void aDateInsideATaskOrTheAppendixIsNotAStatedDate() {
        Outline outline = Outline.of(PastedText.of("""
                Các phòng gửi báo cáo trước ngày 10/12/2026.
                PHỤ LỤC
                Gửi báo cáo trước ngày 20/12/2026.
                """));
        assertThat(StatedDates.find(outline, CONTEXT, List.of(LineSpan.of(1)))).isEmpty();
    }

    @Test
    void theRowsOfADocxTableAreLeftToTheTableReader() {
        List<SourceLine> lines = List.of(new SourceLine(1, "I. MỤC TIÊU"),
                new SourceLine(2, "1 | Tỷ lệ hồ sơ giải quyết đúng hạn | 98%"),
                new SourceLine(3, "Tỷ lệ hồ sơ trực tuyến đạt 80%."));
        SourceDocument doc = new SourceDocument(SourceKind.DOCX, lines, List.of(new SourceTable(List.of(
                new SourceTable.Row(2, List.of("1", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98%"))))));
        assertThat(PlanReader.read(doc, CONTEXT).targets()).extracting(t -> t.span().first()).containsExactly(3);
    }
}
