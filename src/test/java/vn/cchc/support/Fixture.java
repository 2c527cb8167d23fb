package vn.cchc.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/**
 * Creates isolated test communes straight in the database, each with three units and one user per role and unique
 * codes, so tests never depend on each other's data. Communes share one test province unless a test needs a
 * province of its own (its holiday calendar).
 */
@Component
public class Fixture {

    public static final String PASSWORD = "matkhau123";
    private static final AtomicInteger SEQ = new AtomicInteger(1);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Fixture(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    private Long sharedProvince;

    /** A new commune in the shared test province. */
    public synchronized Commune commune() {
        if (sharedProvince == null) {
            sharedProvince = newProvince("chung");
        }
        return commune(sharedProvince);
    }

    /** A new commune in a new province, for tests that change a province's calendar. */
    public Commune communeInOwnProvince() {
        return commune(newProvince("t" + SEQ.get()));
    }

    /**
     * Test provinces take two-character codes starting with a letter (936 of them), which no real province code (two
     * digits) ever is: the demo data, loaded by a later test in the same database, keeps its codes free.
     */
    private long newProvince(String tag) {
        String code = jdbc.sql("""
                        select c from (select chr(65 + a) || substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', b + 1, 1) as c
                                       from generate_series(0, 25) a, generate_series(0, 35) b) codes
                        where c not in (select code from province) order by c limit 1""")
                .query(String.class).single();
        return id("insert into province (code, name) values (?, ?) returning id", code, "Tỉnh thử " + tag);
    }

    /** Another commune in the same province as {@code sibling} (e.g. to rank two communes against each other). */
    public Commune communeBeside(Commune sibling) {
        return commune(sibling.provinceId());
    }

    private Commune commune(long province) {
        int n = SEQ.getAndIncrement();
        String tag = "t" + n;
        String code = String.format("%05d", 10000 + n);
        long commune = id("insert into commune (province_id, code, name, kind) values (?, ?, ?, 'PHUONG') returning id",
                province, code, "Phường thử " + tag);
        String provinceCode = jdbc.sql("select code from province where id = ?").param(province).query(String.class).single();
        long office = unit(commune, "Văn phòng HĐND và UBND", "VP", "OFFICE");
        long culture = unit(commune, "Phòng Văn hóa – Xã hội", "VH-XH", "CULTURE_SOCIAL");
        long centre = unit(commune, "Trung tâm Phục vụ hành chính công", "TTPVHCC", "SERVICE_CENTRE");
        jdbc.sql("update org_unit set standing_agency = true where id = ?").param(culture).update();
        return new Commune(tag, province, commune, office, culture, centre,
                user(tag + ".admin", Role.COMMUNE_ADMIN, province, commune, null),
                user(tag + ".chutich", Role.LEADER, province, commune, null),
                user(tag + ".vhxh", Role.STANDING_AGENCY, province, commune, culture),
                user(tag + ".tt", Role.UNIT_HEAD, province, commune, centre),
                user(tag + ".vp", Role.UNIT_STAFF, province, commune, office),
                user(tag + ".xem", Role.VIEWER, province, commune, null),
                user(tag + ".tinh", Role.PROVINCE_ADMIN, province, null, null),
                user(tag + ".snv", Role.PROVINCE_APPRAISER, province, null, null), code, provinceCode);
    }

    private long unit(long commune, String name, String shortName, String kind) {
        return id("insert into org_unit (commune_id, name, short_name, kind) values (?, ?, ?, ?) returning id",
                commune, name, shortName, kind);
    }

    private CurrentUser user(String username, Role role, long province, Long commune, Long unit) {
        long id = id("""
                        insert into app_user (username, password_hash, full_name, role, province_id, commune_id, unit_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""",
                username, passwords.encode(PASSWORD), "Người dùng " + username, role.name(), province, commune, unit);
        return new CurrentUser(id, username, null, "Người dùng " + username, role, province, commune, unit, true);
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** A test commune with its units and one user per role. */
    public record Commune(String tag, long provinceId, long id, long officeUnit, long cultureUnit, long centreUnit,
                          CurrentUser admin, CurrentUser leader, CurrentUser standingAgency, CurrentUser unitHead,
                          CurrentUser unitStaff, CurrentUser viewer, CurrentUser provinceAdmin, CurrentUser appraiser,
                          String code, String provinceCode) {
    }
}
