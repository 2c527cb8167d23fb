package vn.cchc.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for provinces, communes and units. Every unit query is scoped to a commune. */
@Repository
class OrgRepository {

    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Province> provinces() {
        return jdbc.sql("select id, code, name from province order by id")
                .query((rs, n) -> new Province(rs.getLong("id"), rs.getString("code"), rs.getString("name"))).list();
    }

    Optional<Province> province(long id) {
        return jdbc.sql("select id, code, name from province where id = ?").param(id)
                .query((rs, n) -> new Province(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .optional();
    }

    List<Commune> communesOf(long provinceId) {
        return jdbc.sql("select * from commune where province_id = ? order by name").param(provinceId)
                .query(OrgRepository::commune).list();
    }

    Optional<Commune> commune(long id) {
        return jdbc.sql("select * from commune where id = ?").param(id).query(OrgRepository::commune).optional();
    }

    Optional<Commune> communeByCode(String code) {
        return jdbc.sql("select * from commune where code = ?").param(code).query(OrgRepository::commune).optional();
    }

    Optional<Province> provinceByCode(String code) {
        return provinces().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    boolean communeCodeTaken(String code, Long exceptId) {
        return jdbc.sql("select count(*) from commune where code = ? and id <> coalesce(?, -1)")
                .params(code, exceptId).query(Integer.class).single() > 0;
    }

    long insertCommune(long provinceId, String code, String name, Commune.Kind kind, LocalDate validFrom) {
        return jdbc.sql("""
                        insert into commune (province_id, code, name, kind, valid_from) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(provinceId, code, name, kind.name(), validFrom).query(Long.class).single();
    }

    int updateCommune(long provinceId, long id, String code, String name, Commune.Kind kind, LocalDate validFrom,
                      LocalDate validTo) {
        return jdbc.sql("""
                        update commune set code = ?, name = ?, kind = ?, valid_from = ?, valid_to = ?
                        where id = ? and province_id = ?""")
                .params(code, name, kind.name(), validFrom, validTo, id, provinceId).update();
    }

    List<Unit> units(long communeId) {
        return jdbc.sql("select * from org_unit where commune_id = ? order by standing_agency desc, name")
                .param(communeId).query(OrgRepository::unit).list();
    }

    Optional<Unit> unit(long communeId, long id) {
        return jdbc.sql("select * from org_unit where commune_id = ? and id = ?").params(communeId, id)
                .query(OrgRepository::unit).optional();
    }

    boolean unitNameTaken(long communeId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from org_unit where commune_id = ? and lower(name) = lower(?) and id <> coalesce(?, -1)")
                .params(communeId, name, exceptId).query(Integer.class).single() > 0;
    }

    long insertUnit(long communeId, String name, String shortName, UnitKind kind) {
        return jdbc.sql("insert into org_unit (commune_id, name, short_name, kind) values (?, ?, ?, ?) returning id")
                .params(communeId, name, shortName, kind.name()).query(Long.class).single();
    }

    int updateUnit(long communeId, long id, String name, String shortName, UnitKind kind, boolean active) {
        return jdbc.sql("update org_unit set name = ?, short_name = ?, kind = ?, active = ? where id = ? and commune_id = ?")
                .params(name, shortName, kind.name(), active, id, communeId).update();
    }

    /** Moves the standing-agency role to one unit of the commune (at most one holds it). */
    void makeStandingAgency(long communeId, long unitId) {
        jdbc.sql("update org_unit set standing_agency = false where commune_id = ? and standing_agency")
                .param(communeId).update();
        jdbc.sql("update org_unit set standing_agency = true where commune_id = ? and id = ?")
                .params(communeId, unitId).update();
    }

    List<Recipient> withRole(long communeId, Role role) {
        return jdbc.sql("select id, full_name, email from app_user where commune_id = ? and role = ? and enabled order by id")
                .params(communeId, role.name())
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("full_name"), rs.getString("email")))
                .list();
    }

    List<Recipient> peopleOf(long communeId, long unitId) {
        return jdbc.sql("""
                        select id, full_name, email from app_user
                        where commune_id = ? and unit_id = ? and enabled
                          and role in ('UNIT_HEAD', 'UNIT_STAFF', 'STANDING_AGENCY') order by id""")
                .params(communeId, unitId)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("full_name"), rs.getString("email")))
                .list();
    }

    private static Commune commune(ResultSet rs, int n) throws SQLException {
        return new Commune(rs.getLong("id"), rs.getLong("province_id"), rs.getString("code"), rs.getString("name"),
                Commune.Kind.valueOf(rs.getString("kind")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class));
    }

    private static Unit unit(ResultSet rs, int n) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("name"), rs.getString("short_name"),
                UnitKind.valueOf(rs.getString("kind")), rs.getBoolean("standing_agency"), rs.getBoolean("active"));
    }
}
