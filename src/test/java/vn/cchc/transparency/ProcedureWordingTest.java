package vn.cchc.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.dossier.PublicProcedure.Filing;

/** The statutory time as the public catalogue words it, by hand: whole days in two digits, fractions as given. */
class ProcedureWordingTest {

    @ParameterizedTest(name = "{0} days, English {1} → {2}({3})")
    @CsvSource(nullValues = "-", value = {
            "-,     false, public.thu-tuc.time.unknown, -",
            "0,     false, public.thu-tuc.time.sameDay, -",
            "0.00,  true,  public.thu-tuc.time.sameDay, -",
            "5,     false, public.thu-tuc.time.days,    05",
            "5.00,  false, public.thu-tuc.time.days,    05",
            "5,     true,  public.thu-tuc.time.days,    5",
            "1,     false, public.thu-tuc.time.days,    01",
            "1,     true,  public.thu-tuc.time.day,     1",
            "0.5,   false, public.thu-tuc.time.days,    '0,5'",
            "0.50,  true,  public.thu-tuc.time.days,    0.5",
            "1.5,   false, public.thu-tuc.time.days,    '1,5'",
            "2.25,  false, public.thu-tuc.time.days,    '2,25'",
            "10,    false, public.thu-tuc.time.days,    10",
            "15.00, false, public.thu-tuc.time.days,    15",
            "30,    true,  public.thu-tuc.time.days,    30"})
    void statutoryTimeWording(BigDecimal days, boolean english, String key, String argument) {
        assertThat(ProcedureWording.time(days, english)).isEqualTo(new ProcedureWording.Text(key, argument));
    }

    @ParameterizedTest
    @CsvSource({"FULLY_ONLINE, public.thu-tuc.where.FULLY_ONLINE", "PARTLY_ONLINE, public.thu-tuc.where.PARTLY_ONLINE",
            "OFFICE, public.thu-tuc.where.OFFICE"})
    void whereToFileFollowsTheOnlineLevel(Filing filing, String key) {
        assertThat(ProcedureWording.where(filing)).isEqualTo(key);
    }
}
