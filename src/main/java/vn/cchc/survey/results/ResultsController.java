package vn.cchc.survey.results;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodChoice;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.XlsxTable;
import vn.cchc.survey.scoring.Figure;
import vn.cchc.survey.scoring.SatisfactionResult;

/**
 * The satisfaction results page and its XLSX of aggregates. Results are the commune's public-service figures, so
 * every commune role reads them; the filters narrow to a survey, unit, field or counter.
 */
@Controller
class ResultsController {

    private final SurveyFigures figures;
    private final ResultsRepository results;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    ResultsController(SurveyFigures figures, ResultsRepository results, OrgDirectory org, MessageSource messages,
                      Clock clock) {
        this.figures = figures;
        this.results = results;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/survey/results")
    String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long survey, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String field, @RequestParam(required = false) Long point,
                Model model) {
        long commune = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        Filter f = new Filter(survey, unit, field, point);
        SatisfactionResult result = figures.figures(commune, p, f);
        model.addAttribute("period", p);
        model.addAttribute("periods", PeriodChoice.options(p.year(), VietnamTime.today(clock)));
        model.addAttribute("filter", f);
        model.addAttribute("surveys", results.surveys(commune));
        model.addAttribute("units", org.units(commune));
        model.addAttribute("fields", results.fields(commune));
        model.addAttribute("points", results.points(commune));
        model.addAttribute("result", result);
        model.addAttribute("names", figures.names(commune, p, f));
        model.addAttribute("canReview", ResponsesController.mayReview(me));
        model.addAttribute("hasAnswers", result.overall().answers() > 0);
        model.addAttribute("minSample", figures.minSample(commune, p, f));
        model.addAttribute("byUnit", figures.breakdown(commune, p, BreakdownBy.UNIT, survey));
        model.addAttribute("byField", figures.breakdown(commune, p, BreakdownBy.FIELD, survey));
        model.addAttribute("byPoint", figures.breakdown(commune, p, BreakdownBy.POINT, survey));
        List<BreakdownRow> byMonth = figures.breakdown(commune, p, BreakdownBy.MONTH, survey);
        model.addAttribute("byMonth", byMonth);
        model.addAttribute("elementsJson", ResultsChart.elements(result, figures.names(commune, p, f)));
        model.addAttribute("monthsJson", ResultsChart.months(byMonth));
        return "survey/results";
    }

    @GetMapping("/survey/results.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long survey, HttpServletResponse response) throws IOException {
        long commune = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        Filter f = new Filter(survey, null, null, null);
        SatisfactionResult result = figures.figures(commune, p, f);
        Map<String, String> names = figures.names(commune, p, f);
        List<String> headers = List.of(msg("survey.results.group"), msg("survey.results.name"),
                msg("survey.results.percent"), msg("survey.results.respondents"), msg("survey.results.answers"),
                msg("survey.results.margin"), msg("survey.results.smallSample"));
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("survey.results.title"), headers);
            row(x, msg("survey.results.overall"), "", result.overall());
            result.parts().forEach((code, fig) -> row(x, msg("survey.results.part"), names.getOrDefault(code, code), fig));
            result.elements().forEach((code, fig) ->
                    row(x, msg("survey.results.element"), names.getOrDefault(code, code), fig));
            for (BreakdownBy by : BreakdownBy.values()) {
                x.sheet(msg("survey.results.by." + by.name()), headers);
                for (BreakdownRow r : figures.breakdown(commune, p, by, survey)) {
                    row(x, msg("survey.results.by." + by.name()),
                            r.label() == null ? msg("survey.results.unassigned") : r.label(), r.overall());
                }
            }
            x.send(response, "survey-results-" + p.code() + ".xlsx");
        }
    }

    private void row(XlsxTable x, String group, String name, Figure f) {
        x.row(group, name, f.percent(), f.respondents(), f.answers(), f.marginOfError(), f.smallSample());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
