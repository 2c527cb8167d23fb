package vn.cchc.documents;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.PlausibleDates;

/**
 * Each province's periodic report calendar: its own setting of a report type where it has one, else the national
 * rule. Only the province admin changes it, and only for their own province.
 */
@Service
public class ReportCalendar {

    private final ReportTypeRepository repository;
    private final Clock clock;

    ReportCalendar(ReportTypeRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The data window, due date and display name of one report of a province: {@code month} (1–12) is required for
     * {@link ReportType#MONTH} and ignored otherwise. A year outside 2000–2100 or a missing month is refused (422).
     */
    public ReportWindow windowFor(long provinceId, ReportType type, int year, Integer month) {
        if (!PlausibleDates.containsYear(year)) {
            throw InvalidInput.of("year", "date.yearRange", String.valueOf(PlausibleDates.FIRST_YEAR),
                    String.valueOf(PlausibleDates.LAST_YEAR));
        }
        if (type.monthly() && (month == null || month < 1 || month > 12)) {
            throw InvalidInput.of("month", "documents.reportType.monthRequired");
        }
        return rules(provinceId).get(type).window(year, type.monthly() ? month : null);
    }

    /** The rule in force for every type: the province's own, else the national one. */
    public Map<ReportType, ReportWindowRule> rules(long provinceId) {
        Map<ReportType, ReportWindowRule> rules = new EnumMap<>(NationalReportTypes.rules());
        repository.ofProvince(provinceId).forEach(r -> rules.put(r.type(), r));
        return Collections.unmodifiableMap(rules);
    }

    public ReportYear year(long provinceId, int year) {
        return ReportYear.of(year, rules(provinceId));
    }

    /** Sets the user's province's rule for the rule's type; a rule a report cannot follow is refused, unsaved. */
    @Transactional
    public void save(CurrentUser me, ReportWindowRule rule) {
        requireEditor(me);
        ReportWindowRule own = rule.byProvince();
        own.check();
        repository.save(me.provinceId(), own, me.id(), clock.instant());
    }

    /** Back to the national rule for the type in the user's province. */
    @Transactional
    public void reset(CurrentUser me, ReportType type) {
        requireEditor(me);
        repository.delete(me.provinceId(), type);
    }

    static boolean canEdit(CurrentUser me) {
        return me.role() == Role.PROVINCE_ADMIN;
    }

    static void requireEditor(CurrentUser me) {
        if (!canEdit(me)) {
            throw new AccessDeniedException("report calendar");
        }
    }
}
