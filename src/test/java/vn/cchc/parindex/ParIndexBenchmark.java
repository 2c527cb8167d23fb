package vn.cchc.parindex;

import static vn.cchc.support.Timings.time;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/**
 * Benchmark harness, not a test (run by bench/parindex.sh): a province of 150 communes on the example set, each with
 * a small one-stop ledger and a plan; every commune self-scores its 39 criteria through the services (propose, send,
 * accept), the chairman sends, the appraiser scores the survey and finalises. Timed: one assessment page and one
 * forecast while the period runs (every computed criterion reading live data), the page once final, and the
 * province ranking of the 150 communes.
 */
@Tag("benchmark")
@IntegrationTest
class ParIndexBenchmark {

    private static final int COMMUNES = Integer.getInteger("bench.communes", 150);

    @Autowired Scenes scenes;
    @Autowired Fixture fixture;
    @Autowired Assessments assessments;
    @Autowired ProposeScore proposing;
    @Autowired ReviewProposal reviewing;
    @Autowired ApproveAndSend approving;
    @Autowired Appraise appraising;
    @Autowired FinaliseAssessment finalising;
    @Autowired PointsAtRisk risk;
    @Autowired ProvinceRanking ranking;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void scoreAndRankAProvince() throws Exception {
        Fixture.Commune first = scenes.communeWithSet(null);
        List<Fixture.Commune> communes = new ArrayList<>(List.of(first));
        for (int i = 1; i < COMMUNES; i++) {
            communes.add(fixture.communeBeside(first));
        }
        long t0 = System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (Fixture.Commune c : communes) {
            scenes.ledger(c);
            List<Long> tasks = scenes.planWithOneOverdueTaskOfFour(c);
            long id = scenes.startHalfYear(c);
            ids.add(id);
            reviewing.link(c.standingAgency(), scenes.row(c, id, "1.1.2").item().id(), tasks, List.of());
        }
        double setUp = seconds(t0);
        Fixture.Commune c = communes.get(0);
        long id = ids.get(0);
        // While the period runs: every computed criterion reads today's data.
        double[] livePage = time(5, 30, () -> assessments.page(c.standingAgency(), id));
        double[] forecast = time(5, 30, () -> risk.forecast(c.standingAgency(), "2026S1"));

        long t1 = System.nanoTime();
        int scored = 0;
        for (int n = 0; n < communes.size(); n++) {
            scored += selfScore(communes.get(n), ids.get(n), n);
        }
        double selfScoring = seconds(t1);

        long t2 = System.nanoTime();
        for (int n = 0; n < communes.size(); n++) {
            Fixture.Commune each = communes.get(n);
            approving.approve(each.leader(), ids.get(n), assessments.assessment(each.leader(), ids.get(n)).version());
        }
        double sending = seconds(t2);

        long t3 = System.nanoTime();
        for (int n = 0; n < communes.size(); n++) {
            appraise(communes.get(n), ids.get(n), n);
        }
        double appraising = seconds(t3);

        double[] finalPage = time(5, 30, () -> assessments.page(c.appraiser(), id));
        double[] rank = time(5, 30, () -> ranking.view(c.appraiser(), "2026S1", java.time.LocalDate.of(2026, 6, 10)));
        ProvinceRanking.View view = ranking.view(c.appraiser(), "2026S1", java.time.LocalDate.of(2026, 6, 10));

        String result = String.format(Locale.ROOT, """
                        PAR Index benchmark: %d communes, example set (39 self-scored criteria, 2 survey), 2026S1
                        set-up (ledger of 20 dossiers, plan of 4 tasks, start, link) %.1f s
                        self-scoring %d criteria (propose, send, accept through the services) %.1f s = %.1f ms per criterion
                        chairman approval with frozen snapshot, %d communes %.1f s = %.1f ms each
                        appraisal (2 survey scores, 1 lowered criterion, finalise), %d communes %.1f s = %.1f ms each
                        assessment page model in progress (53 rows, live proposals): mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        forecast in progress (points at risk): mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        assessment page model once final: mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        province ranking of %d communes with area spread: mean %.2f ms, p50 %.2f ms, p95 %.2f ms
                        ranked %d, groups %s
                        """, communes.size(), setUp, scored, selfScoring, selfScoring * 1000 / scored, communes.size(),
                sending, sending * 1000 / communes.size(), communes.size(), appraising, appraising * 1000 / communes.size(),
                livePage[0], livePage[1], livePage[2], forecast[0], forecast[1], forecast[2], finalPage[0], finalPage[1],
                finalPage[2], view.lines().size(), rank[0], rank[1],
                rank[2], view.lines().stream().filter(ProvinceRanking.Line::ranked).count(), view.groups());
        System.out.print(result);
        Files.createDirectories(Path.of("bench/results"));
        Files.writeString(Path.of("bench/results/parindex.txt"), result);
    }

    /** Every self-scored criterion: the hand-scored points of the example test, varied per commune. */
    private int selfScore(Fixture.Commune c, long id, int n) {
        int count = 0;
        for (AssessmentPage.Row r : assessments.page(c.standingAgency(), id).rows()) {
            if (r.item() == null || r.survey()) {
                continue;
            }
            String code = r.node().code();
            String points = switch (code) {
                case "2.1" -> String.valueOf(n % 4);
                case "5.3" -> String.valueOf(n % 3);
                default -> ExampleSetScoringTest.POINTS.get(code);
            };
            ProposalForm form = new ProposalForm();
            form.setVersion(r.item().version());
            form.setPoints(points == null ? null : new BigDecimal(points));
            form.setCount(r.node().method() == ScoringMethod.COUNT ? Integer.valueOf(n % 13) : null);
            form.setOverrideReason(code.equals("3.6") ? "Theo Cổng DVCQG" : null);
            var unitUser = Scenes.userOf(c, r.item().unitId());
            proposing.propose(unitUser, r.item().id(), form, new EvidenceForm(), null);
            proposing.submit(unitUser, r.item().id(), r.item().version() + 1);
            reviewing.review(c.standingAgency(), r.item().id(), true, null, r.item().version() + 2);
            count++;
        }
        return count;
    }

    private void appraise(Fixture.Commune c, long id, int n) {
        for (AssessmentPage.Row r : assessments.page(c.appraiser(), id).rows()) {
            AssessmentItem i = r.item();
            if (i == null) {
                continue;
            }
            switch (r.node().code()) {
                case "8.1.1" -> appraising.appraise(c.appraiser(), i.id(), BigDecimal.valueOf(6 + n % 5), null, null, i.version());
                case "8.1.2" -> appraising.appraise(c.appraiser(), i.id(), BigDecimal.valueOf(5 + n % 6), null, null, i.version());
                case "5.2" -> appraising.appraise(c.appraiser(), i.id(), BigDecimal.ZERO, "Có công chức bị kỷ luật", null, i.version());
                default -> { }
            }
        }
        finalising.finalise(c.appraiser(), id, assessments.assessment(c.appraiser(), id).version());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
