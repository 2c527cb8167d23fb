package vn.cchc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.parindex.CommuneStandings;
import vn.cchc.plan.IndicatorReadings;
import vn.cchc.survey.Satisfaction;
import vn.cchc.survey.SatisfactionSummary;

/** The commune's measured figures: indicators of every source, the 766 score card, PAR scores, survey results. */
@RestController
@Tag(name = "Chỉ số", description = "Chỉ số một cửa (766), chỉ số CCHC (PAR Index), kết quả khảo sát")
class FiguresApi {

    private static final String PERIOD = "Mã kỳ: 2025, 2025M03, 2025Q1, 2025S1, 2025N9";

    private final IndicatorReadings indicators;
    private final ServiceIndicators service;
    private final CommuneStandings standings;
    private final Satisfaction satisfaction;
    private final ApiProblems texts;

    FiguresApi(IndicatorReadings indicators, ServiceIndicators service, CommuneStandings standings,
               Satisfaction satisfaction, ApiProblems texts) {
        this.indicators = indicators;
        this.service = service;
        this.standings = standings;
        this.satisfaction = satisfaction;
        this.texts = texts;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IndicatorJson(String code, String name, String group, BigDecimal value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScoreLineJson(String code, int group, String name, BigDecimal ratePercent, BigDecimal points,
                         BigDecimal maxPoints, boolean missing) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScoreCardJson(String periodCode, BigDecimal total, BigDecimal max, List<ScoreLineJson> lines) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ParScoreJson(long assessmentId, String periodCode, String status, BigDecimal selfPercent,
                        BigDecimal indexPercent, String grade, Integer rank, long rankedCount, long accepted,
                        long criteria) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SurveyScoreJson(String code, String name, BigDecimal percent, long respondents, long answers,
                           BigDecimal margin, boolean smallSample) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SurveyJson(String periodCode, int minSample, SurveyScoreJson overall, List<SurveyScoreJson> elements) {
    }

    @GetMapping("/api/v1/indicators")
    @RequiresScope(ApiScope.INDICATORS_READ)
    @Operation(summary = "Giá trị trong kỳ của mọi chỉ số đo được (một cửa, khảo sát, sổ theo dõi); null khi chưa có số liệu")
    List<IndicatorJson> indicators(@AuthenticationPrincipal ApiClient client,
                                   @Parameter(description = PERIOD, example = "2025") @RequestParam String period) {
        Period p = ApiPeriods.parse(period);
        return indicators.options().stream()
                .map(o -> new IndicatorJson(o.code(), texts.vietnamese(o.messageKey(), null, o.code()), o.group(),
                        indicators.read(client.communeId(), o.code(), p).orElse(null)))
                .toList();
    }

    @GetMapping("/api/v1/indicators/766")
    @RequiresScope(ApiScope.INDICATORS_READ)
    @Operation(summary = "Bảng điểm Bộ chỉ số 766 (phục vụ người dân, doanh nghiệp) của kỳ")
    ScoreCardJson scoreCard(@AuthenticationPrincipal ApiClient client,
                            @Parameter(description = PERIOD, example = "2025") @RequestParam String period) {
        Period p = ApiPeriods.parse(period);
        ScoreCard card = service.score(client.communeId(), p);
        return new ScoreCardJson(p.code(), card.total(), card.max(), card.lines().stream()
                .map(l -> new ScoreLineJson(l.rule().code(), l.rule().group(),
                        texts.vietnamese(l.rule().getCodes()[0], null, l.rule().name()), l.ratePercent(), l.points(),
                        l.rule().maxPoints(), l.missing()))
                .toList());
    }

    @GetMapping("/api/v1/par-scores")
    @RequiresScope(ApiScope.PAR_READ)
    @Operation(summary = "Điểm Chỉ số CCHC (PAR Index) của từng kỳ đánh giá: tự chấm, thẩm định, xếp loại, thứ hạng")
    List<ParScoreJson> parScores(@AuthenticationPrincipal ApiClient client) {
        return standings.all(client.communeId()).stream()
                .map(s -> new ParScoreJson(s.assessment().id(), s.assessment().periodCode(),
                        s.assessment().status().name(), s.selfPercent(), s.indexPercent(), s.grade(), s.rank(),
                        s.rankedCount(), s.accepted(), s.criteria()))
                .toList();
    }

    @GetMapping("/api/v1/survey-results")
    @RequiresScope(ApiScope.SURVEYS_READ)
    @Operation(summary = "Mức độ hài lòng trong kỳ: chung và theo từng yếu tố")
    SurveyJson surveyResults(@AuthenticationPrincipal ApiClient client,
                             @Parameter(description = PERIOD, example = "2025") @RequestParam String period) {
        Period p = ApiPeriods.parse(period);
        SatisfactionSummary summary = satisfaction.of(client.communeId(), p);
        return new SurveyJson(p.code(), summary.minSample(), json(summary.overall()),
                summary.elements().stream().map(FiguresApi::json).toList());
    }

    private static SurveyScoreJson json(SatisfactionSummary.Score s) {
        return s == null ? null : new SurveyScoreJson(s.code(), s.name(), s.percent(), s.respondents(), s.answers(),
                s.margin(), s.smallSample());
    }
}
