package vn.cchc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.cchc.calendar.Period;

/** Several indicator sources behind one {@link IndicatorReadings}: their order, dispatch by code, duplicate codes. */
class IndicatorReadingsTest {

    /** A source whose every code reads a fixed value, recording which codes it was asked for. */
    private static final class Stub implements IndicatorSource {
        final String group;
        final List<String> codes;
        final BigDecimal value;
        final List<String> asked = new ArrayList<>();

        Stub(String group, BigDecimal value, String... codes) {
            this.group = group;
            this.value = value;
            this.codes = List.of(codes);
        }

        @Override
        public List<IndicatorReadings.Option> options() {
            return codes.stream().map(c -> new IndicatorReadings.Option(c, "label." + c, group)).toList();
        }

        @Override
        public Optional<BigDecimal> read(long communeId, String code, Period period) {
            asked.add(code);
            return Optional.of(value);
        }
    }

    private final Stub oneStop = new Stub("group.oneStop", new BigDecimal("95.5"), "ON_TIME_RATE", "ONLINE_RATE");
    private final Stub survey = new Stub("group.survey", new BigDecimal("80"), "SURVEY_SATISFIED");
    private final Period january = Period.month(2026, 1);

    @Test
    void optionsFollowTheSourcesOrderGroupedBySource() {
        IndicatorReadings readings = new IndicatorReadings(List.of(oneStop, survey));

        assertThat(readings.options()).extracting(IndicatorReadings.Option::code)
                .containsExactly("ON_TIME_RATE", "ONLINE_RATE", "SURVEY_SATISFIED");
        assertThat(readings.groups()).extracting(IndicatorReadings.Group::messageKey)
                .containsExactly("group.oneStop", "group.survey");
        assertThat(readings.groups().get(1).options()).extracting(IndicatorReadings.Option::code)
                .containsExactly("SURVEY_SATISFIED");
        assertThat(readings.messageKey("SURVEY_SATISFIED")).isEqualTo("label.SURVEY_SATISFIED");
    }

    @Test
    void eachCodeIsReadFromTheSourceOfferingIt() {
        IndicatorReadings readings = new IndicatorReadings(List.of(oneStop, survey));

        assertThat(readings.read(7, "SURVEY_SATISFIED", january)).contains(new BigDecimal("80"));
        assertThat(readings.read(7, "ONLINE_RATE", january)).contains(new BigDecimal("95.5"));
        assertThat(readings.read(7, "NO_SUCH", january)).isEmpty();
        assertThat(readings.read(7, null, january)).isEmpty();
        assertThat(survey.asked).containsExactly("SURVEY_SATISFIED");
        assertThat(oneStop.asked).containsExactly("ONLINE_RATE");
    }

    @Test
    void aCodeOfferedByTwoSourcesStopsTheStartup() {
        Stub clash = new Stub("group.survey", BigDecimal.ONE, "SURVEY_SATISFIED", "ONLINE_RATE");

        assertThatThrownBy(() -> new IndicatorReadings(List.of(oneStop, clash)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Indicator code ONLINE_RATE is offered by both");
    }

    @Test
    void noSourceMeansNoIndicators() {
        IndicatorReadings readings = new IndicatorReadings(List.of());

        assertThat(readings.options()).isEmpty();
        assertThat(readings.read(7, "ON_TIME_RATE", january)).isEmpty();
    }
}
