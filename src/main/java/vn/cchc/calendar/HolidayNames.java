package vn.cchc.calendar;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The computed holidays' names ({@link StatutoryHolidays}) in the reader's language ({@code @holidays} in templates).
 * Names a province entered stay as typed: they are its data.
 */
@Component("holidays")
public class HolidayNames {

    private static final Map<String, String> KEYS = Map.of(
            StatutoryHolidays.NEW_YEAR, "holiday.newYear",
            StatutoryHolidays.TET, "holiday.tet",
            StatutoryHolidays.HUNG_KINGS, "holiday.hungKings",
            StatutoryHolidays.REUNIFICATION, "holiday.reunification",
            StatutoryHolidays.LABOUR_DAY, "holiday.labourDay",
            StatutoryHolidays.NATIONAL_DAY, "holiday.nationalDay",
            StatutoryHolidays.NATIONAL_DAY_ADJACENT, "holiday.nationalDayAdjacent");

    private final MessageSource messages;

    HolidayNames(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String name) {
        if (name == null) {
            return null;
        }
        if (name.startsWith(StatutoryHolidays.COMPENSATION_PREFIX)) {
            String day = name.substring(StatutoryHolidays.COMPENSATION_PREFIX.length());
            if (KEYS.containsKey(day)) {
                return messages.getMessage("holiday.compensation", new Object[] {of(day)},
                        LocaleContextHolder.getLocale());
            }
        }
        String key = KEYS.get(name);
        return key == null ? name : messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
