package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.plan.TaskStatus;

/** The criterion point rules, case by case with hand-computed points; no Spring, no database. */
class CriterionScoringTest {

    private static final RuleParser PARSER = new RuleParser(Set.of("ON_TIME_RATE", "ONLINE_RATE"));

    private static ScoringRule rule(ScoringMethod method, String text, String max) throws RuleParser.Problem {
        return PARSER.parse(method, text == null ? "" : text, new BigDecimal(max));
    }

    @ParameterizedTest(name = "{0} \"{1}\" max {2}: {3} → {4} {5}")
    @CsvSource(delimiterString = " | ", nullValues = "-", value = {
            // method | rule | max | points | refusal key (OK: accepted) | its argument
            "MANUAL | -                 | 2  | 1.5   | OK                      | -",
            "MANUAL | -                 | 2  | 2     | OK                      | -",
            "MANUAL | -                 | 2  | 2.5   | parindex.points.range   | 2",   // above the maximum
            "MANUAL | -                 | 2  | -0.5  | parindex.points.range   | 2",   // below 0
            "MANUAL | -                 | 2  | 1.255 | parindex.points.decimals | -",  // three decimals
            "MANUAL | -                 | 2  | 1.250 | OK                      | -",   // 1.25: two decimals once stripped
            "MANUAL | scale:0|0,5|1     | 1  | 0.50  | OK                      | -",   // 0.50 = 0.5 on the scale
            "MANUAL | scale:0|0,5|1     | 1  | 0.75  | parindex.points.scale   | 0; 0.5; 1",
            "YESNO  | -                 | 2  | 0     | OK                      | -",
            "YESNO  | -                 | 2  | 2.00  | OK                      | -",
            "YESNO  | -                 | 2  | 1     | parindex.points.yesNo   | 2",   // neither 0 nor full
            "SURVEY | -                 | 10 | 8.6   | OK                      | -",   // any points within the maximum
            "SURVEY | -                 | 10 | 10.5  | parindex.points.range   | 10",
            "LADDER | indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0 | 4 | 1 | OK | -", // an override: any points
    })
    void pointsOutsideWhatTheCriterionAcceptsAreRefusedWithTheirReason(ScoringMethod method, String text, String max,
                                                                       String points, String key, String arg)
            throws Exception {
        Optional<CriterionScoring.Problem> problem = CriterionScoring.checkPoints(rule(method, text, max),
                new BigDecimal(max), new BigDecimal(points));
        assertThat(problem.map(CriterionScoring.Problem::key).orElse("OK")).isEqualTo(key);
        if (arg != null) {
            assertThat(problem.orElseThrow().args()).containsExactly(arg);
        }
    }

    @ParameterizedTest(name = "{0} \"{1}\" max {2}, figure {3}, count {4} of units {5} → {6}")
    @CsvSource(delimiterString = " | ", nullValues = "-", value = {
            // method | rule | max | figure | count | units | proposed points (NONE: no proposal)
            "LADDER | indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0 | 4 | 96   | -  | 5 | 2",    // first step reached: ≥ 95
            "LADDER | indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0 | 4 | 90   | -  | 5 | 0",    // none: else
            "LADDER | indicator:ON_TIME_RATE; >=99:4; >=95:2; else:0 | 4 | -    | -  | 5 | NONE", // no data
            "PROPORTIONAL | indicator:ONLINE_RATE; full:70       | 3 | 35   | -  | 5 | 1.50", // 3 × 35 / 70
            "PROPORTIONAL | indicator:ONLINE_RATE; full:70       | 3 | 80   | -  | 5 | 3",    // capped at full
            "COUNT  | min:12; partial                            | 1 | -    | 6  | 5 | 0.50", // 1 × 6 / 12
            "COUNT  | min:1; per-unit                            | 2 | -    | 4  | 5 | 0.00", // 4 < 1 × 5 units
            "COUNT  | min:1; per-unit                            | 2 | -    | 5  | 5 | 2",    // one per unit
            "COUNT  | min:1; per-unit                            | 2 | -    | -  | 5 | NONE", // no count yet
            "MANUAL | -                                          | 2 | 50   | 3  | 5 | NONE", // scored by hand
            // a count read from an indicator (a register): the reading wins over a typed count, whole items only
            "COUNT  | indicator:ONLINE_RATE; min:2               | 1 | 2    | 0  | 5 | 1",    // 2 ≥ 2
            "COUNT  | indicator:ONLINE_RATE; min:4; partial      | 2 | 3.9  | 9  | 5 | 1.50", // floor 3,9 = 3; 2 × 3 / 4
            "COUNT  | indicator:ONLINE_RATE; min:1; per-unit     | 2 | -    | 5  | 5 | NONE", // no reading: no proposal
    })
    void liveDataOrACountProposesPoints(ScoringMethod method, String text, String max, String figure, Integer count,
                                        int units, String expected) throws Exception {
        Optional<Proposal> proposal = CriterionScoring.proposal(rule(method, text, max), new BigDecimal(max),
                Optional.ofNullable(figure).map(BigDecimal::new), count, units);
        if (expected.equals("NONE")) {
            assertThat(proposal).isEmpty();
        } else {
            assertThat(proposal.orElseThrow().points()).isEqualByComparingTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} → {1}%")
    @CsvSource({
            "DONE_ON_TIME ONGOING DONE_LATE, 66.7",   // 2 of 3 on time: 200 / 3 = 66.66… → 66.7
            "OVERDUE DONE_LATE DONE_ON_TIME, 33.3",   // 1 of 3: 33.33… → 33.3
            "DONE_ON_TIME UPCOMING AWAITING EVENT_DRIVEN DUE_SOON OVERDUE OVERDUE DONE_LATE, 62.5", // 5 of 8
            "OVERDUE OVERDUE, 0.0",
            "ONGOING, 100.0",
    })
    void theShareOfLinkedTasksOnTimeIsAPercentageWithOneDecimal(String statuses, String share) {
        List<TaskStatus> linked = Arrays.stream(statuses.split(" ")).map(TaskStatus::valueOf).toList();
        assertThat(CriterionScoring.taskShare(linked).orElseThrow()).isEqualByComparingTo(share);
    }

    @ParameterizedTest(name = "{0} of {1} → {2}%")
    @CsvSource({"1, 6, 16.7", "5, 6, 83.3", "1, 8, 12.5", "3, 3, 100.0"}) // 100 / 6 = 16.66…; 500 / 6 = 83.33…
    void oneMoreTaskDoneRaisesTheShareByOneTask(long onTime, int linked, String share) {
        assertThat(CriterionScoring.taskShare(onTime, linked)).isEqualByComparingTo(share);
    }

    @org.junit.jupiter.api.Test
    void withoutLinkedTasksThereIsNoShare() {
        assertThat(CriterionScoring.taskShare(List.of())).isEmpty();
    }
}
