package vn.cchc.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.VietnamTime;

/**
 * Demo profile: the demo ward (99001) gets three initiatives this year (one recognised, one applied, one proposed),
 * two dialogues and an article a month from two units, once, on the first start. Dates spread over the part of the
 * year already past, so none lies in the future whatever the day.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoRegisters implements ApplicationRunner {

    private static final String DEMO_COMMUNE = "99001";

    private final OrgDirectory org;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoRegisters(OrgDirectory org, JdbcClient jdbc, Clock clock) {
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        org.communeByCode(DEMO_COMMUNE).ifPresent(c -> {
            boolean empty = jdbc.sql("select count(*) from registers_initiative where commune_id = ?").param(c.id())
                    .query(Long.class).single() == 0;
            List<Unit> units = org.activeUnits(c.id());
            if (empty && units.size() >= 3) {
                load(c.id(), units);
            }
        });
    }

    private void load(long commune, List<Unit> units) {
        LocalDate today = VietnamTime.today(clock);
        LocalDate start = today.withDayOfYear(1);
        long elapsed = ChronoUnit.DAYS.between(start, today);
        initiative(commune, units.get(0).id(), "Số hóa hồ sơ lưu trữ tại Bộ phận Một cửa",
                at(start, elapsed, 0.05), at(start, elapsed, 0.3), at(start, elapsed, 0.7), "UBND phường", "15/QĐ-UBND");
        initiative(commune, units.get(1).id(), "Tổ hỗ trợ người cao tuổi làm thủ tục trực tuyến",
                at(start, elapsed, 0.2), at(start, elapsed, 0.5), null, null, null);
        initiative(commune, units.get(2).id(), "Phiếu hẹn điện tử gửi qua Zalo",
                at(start, elapsed, 0.9), null, null, null, null);
        dialogue(commune, at(start, elapsed, 0.35), "Đối thoại với người dân về thủ tục đất đai", units.get(0).id());
        dialogue(commune, at(start, elapsed, 0.85), "Đối thoại với doanh nghiệp về dịch vụ công trực tuyến",
                units.get(1).id());
        for (int i = 0; i < 2; i++) {
            for (LocalDate m = start; !m.isAfter(today); m = m.plusMonths(1)) {
                LocalDate day = m.plusDays(4 + 7L * i).isAfter(today) ? today : m.plusDays(4 + 7L * i);
                jdbc.sql("""
                                insert into registers_article (commune_id, unit_id, title, link, channel, published_on)
                                values (?, ?, ?, ?, ?, ?)""")
                        .params(commune, units.get(i).id(), "Tin cải cách hành chính tháng " + m.getMonthValue(),
                                "https://bacnhatrang.khanhhoa.gov.vn/tin-cchc-" + m.getMonthValue() + "-" + i,
                                i == 0 ? "COMMUNE_SITE" : "RADIO", day)
                        .update();
            }
        }
    }

    private static LocalDate at(LocalDate start, long elapsed, double share) {
        return start.plusDays(Math.round(elapsed * share));
    }

    private void initiative(long commune, long unit, String title, LocalDate proposed, LocalDate applied,
                            LocalDate recognised, String by, String decision) {
        jdbc.sql("""
                        insert into registers_initiative (commune_id, unit_id, title, authors, summary, proposed_on,
                            applied_on, recognised_on, recognised_by, decision_number)
                        values (?, ?, ?, 'Tổ CCHC của đơn vị', ?, ?, ?, ?, ?, ?)""")
                .params(commune, unit, title, title + ": cách làm, kết quả và khả năng nhân rộng.", proposed, applied,
                        recognised, by, decision)
                .update();
    }

    private void dialogue(long commune, LocalDate held, String title, long followUpUnit) {
        jdbc.sql("""
                        insert into registers_dialogue (commune_id, held_on, kind, title, chair, participants, issues,
                            answers, follow_up, follow_up_unit_id, follow_up_due)
                        values (?, ?, 'DIALOGUE', ?, 'Chủ tịch UBND phường', 'Đại diện các tổ dân phố, doanh nghiệp',
                            'Thời gian giải quyết hồ sơ còn dài', 'Phường bổ sung công chức tại Bộ phận Một cửa',
                            'Rà soát quy trình nội bộ', ?, ?)""")
                .params(commune, held, title, followUpUnit, held.plusDays(30))
                .update();
    }
}
