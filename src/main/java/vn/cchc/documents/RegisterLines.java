package vn.cchc.documents;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.registers.RegisterSummary;
import vn.cchc.shared.Formats;

/**
 * Section I's sentences on the CCHC registers, in the outline's order (3. kiểm tra, 4. tuyên truyền, 5. sáng kiến,
 * 6. đối thoại), each naming the register it is read from. The inspection sentence is always written: its coverage
 * has a denominator (the active units), so "0/5 đơn vị" is a fact the report owes. The other registers are plain
 * counts; a zero there most often means the register was not kept, so their sentence is left out and the agency
 * writes its own words.
 */
final class RegisterLines {

    private final Formats formats;

    RegisterLines(Formats formats) {
        this.formats = formats;
    }

    List<String> of(RegisterSummary r) {
        List<String> lines = new ArrayList<>();
        lines.add(inspections(r));
        if (r.hasArticles()) {
            lines.add("Tuyên truyền CCHC: " + n(r.articles()) + " tin, bài của " + n(r.publishingUnits())
                    + " đơn vị (theo Sổ theo dõi tuyên truyền CCHC).");
        }
        if (r.hasInitiatives()) {
            lines.add("Sáng kiến, mô hình mới: đề xuất " + n(r.initiativesProposed()) + ", đưa vào áp dụng "
                    + n(r.initiativesApplied()) + ", được công nhận " + n(r.initiativesRecognised())
                    + " (theo Sổ theo dõi sáng kiến, mô hình mới).");
        }
        if (r.hasDialogues()) {
            lines.add("Đối thoại: " + dialogues(r) + " (theo Sổ theo dõi đối thoại).");
        }
        return lines;
    }

    private String inspections(RegisterSummary r) {
        String coverage = r.coverage().defined() ? " (" + formats.percent(r.coverage().percent()) + ")" : "";
        return "Kiểm tra CCHC: tổ chức " + n(r.inspections()) + " cuộc kiểm tra, đã kiểm tra "
                + n(r.unitsInspected()) + "/" + n(r.activeUnits()) + " đơn vị" + coverage + "; phát hiện "
                + n(r.findings()) + " vấn đề, đã khắc phục " + n(r.findingsFixed()) + " (đúng hạn "
                + n(r.findingsFixedOnTime()) + "), quá hạn chưa khắc phục " + n(r.findingsOverdue())
                + " (theo Sổ theo dõi kiểm tra CCHC).";
    }

    private String dialogues(RegisterSummary r) {
        List<String> held = new ArrayList<>();
        if (r.dialogues() > 0) {
            held.add(n(r.dialogues()) + " cuộc đối thoại với người dân, doanh nghiệp");
        }
        if (r.conferences() > 0) {
            held.add(n(r.conferences()) + " hội nghị về CCHC");
        }
        return "tổ chức " + String.join(" và ", held);
    }

    private String n(long value) {
        return formats.count(value);
    }
}
