package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The second factor's rules, by hand: what an export cell and a typed value become. */
class LookupFactorTest {

    @ParameterizedTest(name = "phone \"{0}\" keeps {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "0912 345 678 | 5678",
        "+84 (0)987.654.321 | 4321",
        "0905-111-222 | 1222",
        "1234 | 1234",
        "123456789012345 | 2345",
        "'   ' | NULL"})
    void aPhoneNumberKeepsOnlyItsLastFourDigits(String phone, String tail) {
        assertThat(LookupFactor.phoneTail(phone)).isEqualTo(tail);
    }

    @ParameterizedTest(name = "phone \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"123", "12-3", "09a1234567", "0912/345678", "1234567890123456", "０９１２３４５６７８"})
    void aPhoneWithTooFewOrTooManyDigitsOrOtherSignsIsRefused(String phone) {
        assertThatThrownBy(() -> LookupFactor.phoneTail(phone)).isInstanceOf(LookupFactor.Invalid.class)
                .hasMessage(null);
    }

    @ParameterizedTest(name = "check code \"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "ab-12 cd | AB12CD",
        "HSX9KQ2 | HSX9KQ2",
        "abcd | ABCD",
        "AAAAAAAAAAAAAAAAAAAA | AAAAAAAAAAAAAAAAAAAA",
        "'' | NULL"})
    void aCheckCodeIsUpperCaseLettersAndDigitsWithoutSeparators(String text, String code) {
        assertThat(LookupFactor.checkCode(text)).isEqualTo(code);
    }

    @ParameterizedTest(name = "check code \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"ABC", "A-B-C", "AB#123", "AAAAAAAAAAAAAAAAAAAAA", "MÃ1234", "ıııı", "AB_CD"})
    void aCheckCodeTooShortTooLongOrWithOtherSignsIsRefused(String text) {
        assertThatThrownBy(() -> LookupFactor.checkCode(text)).isInstanceOf(LookupFactor.Invalid.class);
    }

    @ParameterizedTest(name = "typed \"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "' 5678 ' | 5678",
        "56 78 | 5678",
        "hsx9kq2 | HSX9KQ2",
        "567 | NULL",
        "5678. | NULL",
        "NULL | NULL"})
    void whatACitizenTypesIsCanonicalOrNothing(String typed, String canonical) {
        assertThat(LookupFactor.typed(typed)).isEqualTo(canonical);
    }

    @org.junit.jupiter.api.Test
    void theDemoFactorsNamedInTheDocsAreWhatTheDemoLedgerGets() {
        // docs/transparency.md, "Dossier lookup" names this demo dossier for reviewers.
        assertThat(SyntheticDossiers.phone("99001-20250102-0")).isEqualTo("0937582070");
        assertThat(SyntheticDossiers.checkCode("99001-20250102-0")).isEqualTo("BVVW-4LK8");
        assertThat(LookupFactor.phoneTail(SyntheticDossiers.phone("99001-20250102-0"))).isEqualTo("2070");
        assertThat(LookupFactor.checkCode("BVVW-4LK8")).isEqualTo("BVVW4LK8");
    }
}
