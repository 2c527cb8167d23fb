package vn.cchc.registers;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.registers.inspection.InspectionCounts;
import vn.cchc.registers.inspection.InspectionFigures;
import vn.cchc.shared.Ratio;

/**
 * The registers summed up over any window of days (a periodic report's window is not a calendar period), so the
 * report states what the registers hold instead of counts made by hand. The inspection figures are the register's
 * own rules ({@code InspectionCounts}, {@code InspectionRates}); the other registers count rows by date.
 */
@Component
public class RegisterSummaries {

    private final InspectionFigures inspections;
    private final RegisterCounts counts;

    RegisterSummaries(InspectionFigures inspections, RegisterCounts counts) {
        this.inspections = inspections;
        this.counts = counts;
    }

    /** The commune's registers from {@code from} to {@code to}, both included. */
    public RegisterSummary of(long communeId, LocalDate from, LocalDate to) {
        InspectionCounts.Totals held = inspections.totals(communeId, from, to);
        Ratio coverage = inspections.coverage(communeId, from, to);
        long[] initiatives = counts.initiativeStages(communeId, from, to);
        long[] dialogues = counts.dialogueKinds(communeId, from, to);
        List<RegisterFigures.Article> articles = counts.articleDates(communeId, from, to);
        return new RegisterSummary(held.inspections(), coverage.part(), coverage.whole(), held.findings(),
                held.fixed(), held.fixedOnTime(), held.overdue(), initiatives[0], initiatives[1], initiatives[2],
                dialogues[0], dialogues[1], articles.size(),
                articles.stream().map(RegisterFigures.Article::unitId).distinct().count());
    }
}
