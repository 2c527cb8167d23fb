package vn.cchc.transparency;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ScoreLine;
import vn.cchc.shared.Ratio;
import vn.cchc.survey.SatisfactionSummary;

/**
 * What the public figures page shows for a commune and year, computed once per data version and freshness bucket:
 * the months up to the current one, the 766 card of the year so far and of each quarter begun, the satisfaction
 * results, and the years the select offers. Nothing in it depends on the reader's language.
 */
public record PublicFigures(int year, List<Integer> years, List<Month> months, ScoreCard score, List<Quarter> quarters,
                     SatisfactionSummary satisfaction) {

    /** A month's one-stop figures: dossiers received and the three rates (each with its counts). */
    public record Month(YearMonth month, long received, Ratio onTime, Ratio online, Ratio digitisation) {
    }

    /** A quarter's 766 total. */
    public record Quarter(Period period, BigDecimal total) {
    }

    /** The latest month in which any dossier was judged (its on-time rate is the headline), or null. */
    public Month latestJudged() {
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).onTime().defined()) {
                return months.get(i);
            }
        }
        return null;
    }

    /** The latest month that received dossiers (its online rate is the headline), or null. */
    public Month latestReceived() {
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).received() > 0) {
                return months.get(i);
            }
        }
        return null;
    }

    /** The indicators the commune enters by hand (not computed from its data), in card order. */
    public List<ScoreLine> manualLines() {
        return score.lines().stream().filter(l -> l.rule().manual()).toList();
    }
}
