package vn.cchc.registers.propaganda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.shared.InvalidInput;

class ArticleRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    /** unit | link | document | date → the refused field and message, or "ok". */
    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "1, https://example.vn/tin,  -, 2026-05-20, ok",
            "1, HTTP://example.vn,       -, 2026-05-01, ok",
            "1, -,                       7, 2026-05-01, ok",
            "-, https://example.vn/tin,  -, 2026-05-01, unitId:validation.required",
            "1, javascript:alert(1),     -, 2026-05-01, link:registers.article.linkNotWeb",
            "1, ftp://example.vn/a,      -, 2026-05-01, link:registers.article.linkNotWeb",
            "1, example.vn/tin,          -, 2026-05-01, link:registers.article.linkNotWeb",
            "1, https:///khong-may,      -, 2026-05-01, link:registers.article.linkNotWeb",
            "1, -,                       -, 2026-05-01, link:registers.article.linkOrFile",
            "1, https://example.vn/tin,  -, 2026-05-21, publishedOn:registers.date.future",
            "1, https://example.vn/tin,  -, -,          publishedOn:validation.required"})
    void anArticleNamesItsUnitAndDateAndAWebLinkOrAFile(Long unit, String link, Long document, LocalDate date,
                                                        String expected) {
        ArticleForm f = new ArticleForm();
        f.setTitle("Tin CCHC");
        f.setUnitId(unit);
        f.setLink(link);
        f.setDocumentId(document);
        f.setPublishedOn(date);
        InvalidInput.Collector c = new InvalidInput.Collector();
        ArticleRules.check(f, TODAY, c);
        List<String> problems = new ArrayList<>();
        try {
            c.throwIfAny();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.field() + ":" + p.messageKey()));
        }
        assertThat(problems).containsExactlyElementsOf(expected.equals("ok") ? List.of() : List.of(expected));
    }
}
