package vn.cchc.parindex;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.XlsxTable;

/** Points at risk for the commune, and the province's status, ranking and distribution. */
@Controller
class RiskController {

    private final PointsAtRisk risk;
    private final ProvinceRanking ranking;
    private final Assessments assessments;
    private final MessageSource messages;

    RiskController(PointsAtRisk risk, ProvinceRanking ranking, Assessments assessments, MessageSource messages) {
        this.risk = risk;
        this.ranking = ranking;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/parindex/forecast")
    String forecast(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("forecast", risk.forecast(me, period).orElse(null));
        return "parindex/forecast";
    }

    @GetMapping("/parindex/province")
    String province(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period, Model model) {
        ProvinceRanking.View view = ranking.view(me, period, assessments.today());
        model.addAttribute("view", view);
        int year = view.period().year();
        model.addAttribute("periods", List.of(year + "S1", String.valueOf(year), (year - 1) + "S1", String.valueOf(year - 1)));
        return "parindex/province";
    }

    @GetMapping("/parindex/province.xlsx")
    void provinceXlsx(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                      HttpServletResponse response) throws IOException {
        ProvinceRanking.View view = ranking.view(me, period, assessments.today());
        Locale locale = LocaleContextHolder.getLocale();
        Function<String, String> msg = key -> messages.getMessage(key, null, key, locale);
        try (XlsxTable x = new XlsxTable()) {
            List<String> headers = new ArrayList<>(List.of(msg.apply("parindex.rank"), msg.apply("parindex.commune"),
                    msg.apply("parindex.stage"), msg.apply("parindex.progress"), msg.apply("parindex.selfPercent"),
                    msg.apply("parindex.indexPercent"), msg.apply("parindex.grade")));
            List<CriteriaNode> areas = view.areas().stream().map(ProvinceRanking.AreaSpread::area).toList();
            areas.forEach(a -> headers.add(a.code() + ". " + a.title()));
            x.sheet(msg.apply("parindex.ranking"), headers);
            for (ProvinceRanking.Line l : view.lines()) {
                List<Object> row = new ArrayList<>(List.of(l.ranked() ? (Object) l.rank() : "", l.commune().name(),
                        msg.apply("parindex.stage." + l.stage().name()), l.accepted() + "/" + l.criteria()));
                row.add(l.selfPercent());
                row.add(l.indexPercent());
                row.add(l.grade());
                areas.forEach(a -> row.add(l.areaPercent().get(a.code())));
                x.row(row.toArray());
            }
            x.send(response, "xep-hang-chi-so-cchc-" + view.period().code() + ".xlsx");
        }
    }
}
