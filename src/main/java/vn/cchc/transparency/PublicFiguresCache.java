package vn.cchc.transparency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodType;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.shared.VietnamTime;
import vn.cchc.survey.Satisfaction;

/**
 * The public figures of a commune and year, computed once per data version (a new import or settings change gives a
 * new version) and 10-minute bucket (survey answers arrive without an import). Bounded, and an entry outlives its
 * bucket only briefly, so at most a few hundred small records are held.
 */
@Component
class PublicFiguresCache {

    private record Key(long communeId, int year, String version, long bucket) {
    }

    private final ServiceIndicators indicators;
    private final Satisfaction satisfaction;
    private final PublicPages pages;
    private final Clock clock;
    private final Cache<Key, PublicFigures> cache = Caffeine.newBuilder().maximumSize(500)
            .expireAfterWrite(FigureYears.BUCKET.plus(Duration.ofMinutes(1))).build();

    PublicFiguresCache(ServiceIndicators indicators, Satisfaction satisfaction, PublicPages pages, Clock clock) {
        this.indicators = indicators;
        this.satisfaction = satisfaction;
        this.pages = pages;
        this.clock = clock;
    }

    PublicFigures of(PublicCommune site, int year, long bucket) {
        return cache.get(new Key(site.id(), year, pages.version(site), bucket), k -> compute(site.id(), year));
    }

    private PublicFigures compute(long communeId, int year) {
        LocalDate today = VietnamTime.today(clock);
        List<PublicFigures.Month> months = new ArrayList<>();
        for (Map.Entry<YearMonth, ServiceFigures> e : indicators.months(communeId, year, null).entrySet()) {
            ServiceFigures f = e.getValue();
            months.add(new PublicFigures.Month(e.getKey(), f.received(), f.onTimeShare(), f.online(), f.digitisation()));
        }
        List<Period> quarters = Period.allOf(PeriodType.QUARTER, year).stream().filter(q -> !q.start().isAfter(today)).toList();
        List<ScoreCard> cards = indicators.scores(communeId, quarters);
        List<PublicFigures.Quarter> byQuarter = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            byQuarter.add(new PublicFigures.Quarter(quarters.get(i), cards.get(i).total()));
        }
        return new PublicFigures(year, FigureYears.choices(indicators.years(communeId), today.getYear()), months,
                indicators.score(communeId, Period.year(year)), byQuarter, satisfaction.of(communeId, Period.year(year)));
    }
}
