package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo ledger's dossiers can be looked up with the phone tail and check code the demo wrote for them. */
@SpringBootTest(properties = "cchc.demo-data=true")
@ActiveProfiles("test")
class DemoLookupTest {

    @Autowired JdbcClient jdbc;
    @Autowired DossierLookup lookup;

    @Test
    void theFirstDemoDossierIsFoundByItsDerivedPhoneTailAndCheckCode() {
        long commune = jdbc.sql("select id from commune where code = '99001'").query(Long.class).single();
        // The ledger starts on 1 January of last year; 2 January is its first working day (docs/transparency.md, "Dossier lookup").
        String code = "99001-" + (java.time.LocalDate.now(vn.cchc.shared.VietnamTime.ZONE).getYear() - 1) + "0102-0";

        String phone = SyntheticDossiers.phone(code);
        assertThat(jdbc.sql("select phone_tail || ' ' || check_code from dossier where commune_id = ? and code = ?")
                .params(commune, code).query(String.class).single())
                .isEqualTo(phone.substring(6) + " " + SyntheticDossiers.checkCode(code).replace("-", ""));
        assertThat(lookup.find(commune, code, phone.substring(6))).isPresent();
        assertThat(lookup.find(commune, code, SyntheticDossiers.checkCode(code))).isPresent();
        String otherTail = String.format("%04d", (Integer.parseInt(phone.substring(6)) + 1) % 10_000);
        assertThat(lookup.find(commune, code, otherTail)).isEmpty();
    }
}
