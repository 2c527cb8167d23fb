package vn.cchc.org;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisation (demo profile only): two provinces, the wards of seeds 001 and 002 with their units, and one
 * user per role in each, all with the password {@value #PASSWORD}. Skipped when the data is already there.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final JdbcClient jdbc;
    private final OrgRepository org;
    private final UserRepository users;
    private final PasswordEncoder passwords;

    DemoOrganisation(JdbcClient jdbc, OrgRepository org, UserRepository users, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.org = org;
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.usernameTaken("bnt.admin")) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        long khanhHoa = province("56", "Tỉnh Khánh Hòa");
        long giaLai = province("52", "Tỉnh Gia Lai");
        // Demo administrative codes: replace with the official codes of the national list of administrative units.
        long bnt = org.insertCommune(khanhHoa, "99001", "Phường Bắc Nha Trang", Commune.Kind.PHUONG, LocalDate.of(2025, 7, 1));
        long and = org.insertCommune(giaLai, "99002", "Phường An Nhơn Đông", Commune.Kind.PHUONG, LocalDate.of(2025, 7, 1));

        Units b = standardUnits(bnt, "Văn phòng HĐND và UBND phường", "Công an phường Bắc Nha Trang");
        Units a = standardUnits(and, "Văn phòng HĐND và UBND phường", "Công an phường An Nhơn Đông");
        org.insertUnit(and, "Các đơn vị sự nghiệp công lập phường", "ĐVSN", UnitKind.PUBLIC_SERVICE);
        org.insertUnit(and, "Ủy ban MTTQ Việt Nam phường", "MTTQ", UnitKind.OTHER);
        org.insertUnit(and, "Các ban của HĐND phường", "Ban HĐND", UnitKind.OTHER);
        org.insertUnit(and, "Tổ kiểm tra hoạt động công vụ phường", "Tổ KTCV", UnitKind.OTHER);

        communeUsers("bnt", khanhHoa, bnt, b, hash);
        communeUsers("and", giaLai, and, a, hash);
        users.insert("kh.admin", hash, "Quản trị Sở Nội vụ Khánh Hòa", Role.PROVINCE_ADMIN, khanhHoa, null, null, null);
        users.insert("kh.snv", hash, "Chuyên viên thẩm định Sở Nội vụ Khánh Hòa", Role.PROVINCE_APPRAISER, khanhHoa, null, null, null);
        users.insert("gl.admin", hash, "Quản trị Sở Nội vụ Gia Lai", Role.PROVINCE_ADMIN, giaLai, null, null, null);
        users.insert("gl.snv", hash, "Chuyên viên thẩm định Sở Nội vụ Gia Lai", Role.PROVINCE_APPRAISER, giaLai, null, null, null);
        log.info("Demo organisation loaded: log in as bnt.vhxh / {}", PASSWORD);
    }

    private long province(String code, String name) {
        return jdbc.sql("insert into province (code, name) values (?, ?) returning id").params(code, name)
                .query(Long.class).single();
    }

    private Units standardUnits(long commune, String office, String police) {
        long vp = org.insertUnit(commune, office, "VP HĐND-UBND", UnitKind.OFFICE);
        long vhxh = org.insertUnit(commune, "Phòng Văn hóa – Xã hội", "VH-XH", UnitKind.CULTURE_SOCIAL);
        long kt = org.insertUnit(commune, "Phòng Kinh tế, Hạ tầng và Đô thị", "KT-HT-ĐT", UnitKind.ECONOMIC);
        long tt = org.insertUnit(commune, "Trung tâm Phục vụ hành chính công", "TTPVHCC", UnitKind.SERVICE_CENTRE);
        org.insertUnit(commune, police, "Công an", UnitKind.POLICE);
        org.makeStandingAgency(commune, vhxh);
        return new Units(vp, vhxh, kt, tt);
    }

    private void communeUsers(String prefix, long province, long commune, Units u, String hash) {
        users.insert(prefix + ".admin", hash, "Quản trị hệ thống", Role.COMMUNE_ADMIN, province, commune, null, null);
        users.insert(prefix + ".chutich", hash, "Chủ tịch UBND phường", Role.LEADER, province, commune, null, null);
        users.insert(prefix + ".vhxh", hash, "Chuyên viên Phòng VH-XH (thường trực CCHC)", Role.STANDING_AGENCY, province, commune, u.vhxh(), null);
        users.insert(prefix + ".ttpvhcc", hash, "Giám đốc Trung tâm PVHCC", Role.UNIT_HEAD, province, commune, u.tt(), null);
        users.insert(prefix + ".kt", hash, "Trưởng phòng Kinh tế, Hạ tầng và Đô thị", Role.UNIT_HEAD, province, commune, u.kt(), null);
        users.insert(prefix + ".vp", hash, "Chuyên viên Văn phòng HĐND và UBND", Role.UNIT_STAFF, province, commune, u.vp(), null);
        users.insert(prefix + ".xem", hash, "Người xem", Role.VIEWER, province, commune, null, null);
    }

    private record Units(long vp, long vhxh, long kt, long tt) {
    }
}
