package vn.cchc.calendar;

import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;

/** Demo profile: the 2026 New Year swap (VPCP 12729/VPCP-KGVX) entered for every demo province. */
@Component
@Order(2)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoCalendar implements ApplicationRunner {

    private final OrgDirectory org;
    private final WorkingCalendars calendars;

    DemoCalendar(OrgDirectory org, WorkingCalendars calendars) {
        this.org = org;
        this.calendars = calendars;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (long province : org.provinces().stream().map(Province::id).toList()) {
            if (!calendars.schedule(province, 2026).overrides().isEmpty()) {
                continue;
            }
            calendars.setDay(province, new DayOverride(LocalDate.of(2026, 1, 2), DayOverride.Kind.DAY_OFF,
                    "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)"));
            calendars.setDay(province, new DayOverride(LocalDate.of(2026, 1, 10), DayOverride.Kind.WORKING_DAY,
                    "Làm bù cho ngày 02/01/2026"));
        }
    }
}
