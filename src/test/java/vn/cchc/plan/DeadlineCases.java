package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.cchc.plan.DeadlinePhraseParser.ParseContext;
import vn.cchc.plan.DeadlinePhraseParser.ParseResult;
import vn.cchc.shared.VietnamTime;

/** What the deadline table tests share: a phrase that must parse, and the due dates a table row writes. */
final class DeadlineCases {

    private static final DeadlinePhraseParser PARSER = new DeadlinePhraseParser();

    private DeadlineCases() {
    }

    static ParseResult.Parsed parsed(String phrase, ParseContext context) {
        ParseResult result = PARSER.parse(phrase, context);
        assertThat(result).as(phrase).isInstanceOf(ParseResult.Parsed.class);
        return (ParseResult.Parsed) result;
    }

    /** "30/06/2026 15/12/2026" as dates; a blank cell is none. */
    static List<LocalDate> dates(String spaced) {
        return spaced == null ? List.of() : Arrays.stream(spaced.strip().split("\\s+"))
                .map(d -> LocalDate.parse(d, VietnamTime.DATE)).toList();
    }
}
