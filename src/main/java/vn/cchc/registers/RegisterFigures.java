package vn.cchc.registers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import vn.cchc.calendar.Period;
import vn.cchc.shared.Ratio;

/**
 * The register rates as the plan targets read them (no framework, so the hand-computed table tests them alone).
 * A rate's denominator is the commune's active units; the article rate counts unit × month pairs of the period up
 * to today's month (a month still to come cannot yet be missed).
 */
final class RegisterFigures {

    private RegisterFigures() {
    }

    /** Active units with at least one initiative applied or recognised in the period, over all active units. */
    static Ratio initiativeUnits(Collection<Long> activeUnits, Collection<Long> unitsWithInitiative) {
        Set<Long> active = new HashSet<>(activeUnits);
        long with = new HashSet<>(unitsWithInitiative).stream().filter(active::contains).count();
        return new Ratio(with, active.size());
    }

    /**
     * Active-unit × month pairs of the period (months up to today's) having at least one article, over all such
     * pairs; {@code articles} are (unit, publication date) of the period's articles.
     */
    static Ratio articleUnitMonths(Collection<Long> activeUnits, Collection<Article> articles, Period period,
                                   LocalDate today) {
        Set<Long> active = new HashSet<>(activeUnits);
        YearMonth first = YearMonth.from(period.start());
        YearMonth last = YearMonth.from(period.end());
        YearMonth now = YearMonth.from(today);
        if (now.isBefore(last)) {
            last = now;
        }
        long months = last.isBefore(first) ? 0 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        Set<String> covered = new HashSet<>();
        for (Article a : articles) {
            YearMonth m = YearMonth.from(a.publishedOn());
            if (active.contains(a.unitId()) && !m.isBefore(first) && !m.isAfter(last)) {
                covered.add(a.unitId() + "/" + m);
            }
        }
        return new Ratio(covered.size(), months * active.size());
    }

    /** An article's unit and date, all the article rate needs. */
    record Article(long unitId, LocalDate publishedOn) {
    }
}
