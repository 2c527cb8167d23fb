package vn.cchc.dossier;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.indicators.WindowQueries;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;

/**
 * The one-stop figures an official report cites for its data window (both ends inclusive, Vietnam dates): Biểu
 * II.06a, the headline indicators, and the 766 score card of the calendar period the window stands for. The caller
 * checks that the user may read the commune.
 */
@Service
public class TthcStatistics {

    private final WindowQueries queries;
    private final ServiceIndicators indicators;
    private final DossierRules rules;

    TthcStatistics(WindowQueries queries, ServiceIndicators indicators, DossierRules rules) {
        this.queries = queries;
        this.indicators = indicators;
        this.rules = rules;
    }

    /**
     * Biểu II.06a for the window: rows by lĩnh vực in Vietnamese order (a procedure without one last), the total row
     * counted on its own, so {@link Form06a#brokenIdentities()} also checks the rows against it.
     */
    public Form06a form06a(long communeId, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        List<Form06a.Row> rows = new ArrayList<>(queries.form06a(communeId, queries.window(from, to)));
        Form06a.Row total = rows.isEmpty() ? Form06a.Row.of("", 0, 0, 0, 0, 0, 0, 0, 0, 0)
                : rows.remove(rows.size() - 1);
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        rows.sort(Comparator.comparing((Form06a.Row r) -> r.field().isEmpty())
                .thenComparing(Form06a.Row::field, vietnamese));
        Form06a form = new Form06a(from, to, rows, total);
        return rules.withdrawnAsOnTime() ? form.withWithdrawnAsOnTime() : form;
    }

    /**
     * The indicator counts of the window: received and ended in it, open at its end. Its ratios are the report's
     * headline figures: {@link ServiceFigures#onTimeShare()} (766 rule 2.1), {@link ServiceFigures#online()},
     * {@link ServiceFigures#digitisation()}, {@link ServiceFigures#apologies()} and the others.
     */
    public ServiceFigures figures(long communeId, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        return queries.figures(communeId, queries.window(from, to));
    }

    /** A 766 score card and the calendar period it was computed for. */
    public record PeriodScore(Period period, ScoreCard card) {
    }

    /**
     * The 766 score card of the calendar period the window stands for ({@link #periodFor}). 766 is defined and
     * published by DVCQG per month, quarter and year, and its hand-entered indicators are kept per period, so a
     * score over 15/12–14/03 would match nothing anyone can check; the report cites the period's score to date.
     */
    public PeriodScore score766(long communeId, LocalDate from, LocalDate to) {
        checkWindow(from, to);
        Period period = periodFor(from, to);
        return new PeriodScore(period, indicators.score(communeId, period));
    }

    /**
     * The calendar period that contains the window's last day and is closest to it in length: about a month → that
     * month; a quarter (Quý I: 15/12–14/03) → the quarter; six months → the half; nine → the nine months; else the
     * year.
     */
    public static Period periodFor(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        int year = to.getYear();
        int month = to.getMonthValue();
        if (days <= 45) {
            return Period.month(year, month);
        }
        if (days <= 135) {
            return Period.quarter(year, (month + 2) / 3);
        }
        if (days <= 225) {
            return Period.half(year, (month + 5) / 6);
        }
        if (days <= 310 && month <= 9) {
            return Period.nineMonths(year);
        }
        return Period.year(year);
    }

    public static void checkWindow(LocalDate from, LocalDate to) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (from == null || !PlausibleDates.contains(from)) {
            problems.add("from", "dossier.window.date");
        }
        if (to == null || !PlausibleDates.contains(to)) {
            problems.add("to", "dossier.window.date");
        }
        problems.throwIfAny();
        if (to.isBefore(from)) {
            throw InvalidInput.of("to", "dossier.window.order");
        }
    }
}
