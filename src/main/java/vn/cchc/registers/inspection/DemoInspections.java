package vn.cchc.registers.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.Commune;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Province;
import vn.cchc.org.Recipient;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.shared.VietnamTime;

/**
 * Demo profile: the demo ward gets this year's inspection plan (four units), two inspections held 60 and 20 days ago
 * and three findings (one fixed on time, one open and overdue, one open and not yet due), once, on the first start.
 */
@Component
@Order(9)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoInspections implements ApplicationRunner {

    private static final String DEMO_COMMUNE = "Phường Bắc Nha Trang";
    private static final String TEAM = "Tổ kiểm tra CCHC (Phòng Văn hóa – Xã hội chủ trì)";

    private final OrgDirectory org;
    private final InspectionRepository repository;
    private final Clock clock;

    DemoInspections(OrgDirectory org, InspectionRepository repository, Clock clock) {
        this.org = org;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = VietnamTime.today(clock).getYear();
        for (Province province : org.provinces()) {
            for (Commune c : org.communesOf(province.id())) {
                if (c.name().equals(DEMO_COMMUNE) && repository.planEntries(c.id(), year).isEmpty()) {
                    load(c.id());
                }
            }
        }
    }

    private void load(long commune) {
        List<Unit> units = org.activeUnits(commune).stream().filter(u -> !u.standingAgency()).limit(4).toList();
        List<Recipient> agency = org.withRole(commune, Role.STANDING_AGENCY);
        if (units.size() < 4 || agency.isEmpty()) {
            return;
        }
        long user = agency.get(0).userId();
        LocalDate today = VietnamTime.today(clock);
        LocalDate first = today.minusDays(60);
        LocalDate second = today.minusDays(20);
        long[] entries = new long[4];
        LocalDate[] months = {first, second, today.plusMonths(1), today.plusMonths(2)};
        for (int i = 0; i < 4; i++) {
            int month = months[i].getYear() == today.getYear() ? months[i].getMonthValue() : 12;
            entries[i] = repository.addPlanEntry(new PlanEntry(0, commune, today.getYear(), units.get(i).id(), month,
                    null, TEAM, null), user);
        }
        long r1 = repository.addRecord(new InspectionRecord(0, commune, units.get(0).id(), entries[0], first, TEAM,
                "Đơn vị cơ bản thực hiện tốt nhiệm vụ CCHC; còn chậm cập nhật hồ sơ lên Hệ thống thông tin giải quyết "
                        + "TTHC."), List.of(), user);
        long r2 = repository.addRecord(new InspectionRecord(0, commune, units.get(1).id(), entries[1], second, TEAM,
                "Đơn vị thực hiện đúng quy trình; niêm yết TTHC chưa đầy đủ, chưa báo cáo CCHC đúng hạn."),
                List.of(), user);
        long f1 = finding(commune, r1, units.get(0).id(), "Cập nhật đầy đủ hồ sơ lên Hệ thống thông tin giải quyết TTHC",
                first.plusDays(30), user);
        repository.markFixed(commune, f1, first.plusDays(21), "Đã cập nhật đủ hồ sơ tồn.");
        finding(commune, r2, units.get(1).id(), "Niêm yết đầy đủ, đúng mẫu các TTHC tại trụ sở", second.plusDays(15),
                user);
        finding(commune, r2, units.get(1).id(), "Gửi báo cáo CCHC định kỳ đúng hạn", today.plusDays(30), user);
    }

    /** The deadline is stored as the phrase "Ngày dd/MM/yyyy", which the plan's grammar reads as that very day. */
    private long finding(long commune, long record, long unit, String content, LocalDate due, long user) {
        return repository.addFinding(commune, record, unit, content, "Ngày " + InspectionService.DAY.format(due), due,
                user);
    }
}
