package vn.cchc.dossier.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.PeriodChoice;
import vn.cchc.dossier.ScoreCard;
import vn.cchc.dossier.ScoreLine;
import vn.cchc.dossier.ServiceFigures;
import vn.cchc.dossier.ServiceIndicator;
import vn.cchc.dossier.ServiceIndicators;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.AsciiNumbers;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.XlsxTable;

/** The one-stop indicator pages: dashboard, drill-down list, 766 score card, and their XLSX exports. */
@Controller
class DossierController {

    private static final int EXPORT_CAP = 200_000;

    private final ServiceIndicators indicators;
    private final DossierListing listing;
    private final OneStopAccess access;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;

    DossierController(ServiceIndicators indicators, DossierListing listing, OneStopAccess access, OrgDirectory org,
                      MessageSource messages, ObjectMapper json, Clock clock) {
        this.indicators = indicators;
        this.listing = listing;
        this.access = access;
        this.org = org;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private Long unit(long communeId, Long unit) {
        if (unit != null && unit != 0) {
            org.unit(communeId, unit).orElseThrow(() -> new NotFoundException("unit", unit));
        }
        return unit;
    }

    private void periods(Model model, Period period) {
        LocalDate today = VietnamTime.today(clock);
        List<Period> options = PeriodChoice.options(period.year(), today);
        if (!options.contains(period)) {
            options.add(0, period);
        }
        model.addAttribute("period", period);
        model.addAttribute("periods", options);
        model.addAttribute("years", List.of(today.getYear(), today.getYear() - 1, today.getYear() - 2));
    }

    @GetMapping("/dossiers")
    String dashboard(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                     @RequestParam(required = false) Long unit, Model model) throws JsonProcessingException {
        long communeId = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        Long unitId = unit(communeId, unit);
        periods(model, p);
        model.addAttribute("units", org.units(communeId));
        model.addAttribute("unitFilter", unitId);
        ServiceIndicators.Dashboard d = indicators.dashboard(communeId, p, unitId);
        model.addAttribute("f", d.totals());
        model.addAttribute("pakn", d.pakn());
        model.addAttribute("byUnit", d.byUnit());
        model.addAttribute("byOfficer", d.byOfficer());
        model.addAttribute("byProcedure", d.byProcedure().stream().limit(15).toList());
        model.addAttribute("lateLimit", indicators.officerLateLimitPercent());
        model.addAttribute("score", d.score());
        model.addAttribute("trendJson", json.writeValueAsString(trend(d.months())));
        model.addAttribute("canManage", access.canManage(me));
        return "dossier/dashboard";
    }

    /** One series per indicator (percent, null without a denominator), for the chart. */
    private Map<String, Object> trend(Map<YearMonth, ServiceFigures> months) {
        List<String> labels = new ArrayList<>();
        Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
        for (ServiceIndicator i : ServiceIndicator.values()) {
            series.put(msg(i.messageKey()), new ArrayList<>());
        }
        months.forEach((month, f) -> {
            labels.add(String.format("%02d/%d", month.getMonthValue(), month.getYear()));
            for (ServiceIndicator i : ServiceIndicator.values()) {
                series.get(msg(i.messageKey())).add(i.of(f).percent());
            }
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("labels", labels);
        out.put("series", series);
        return out;
    }

    private DossierListing.Query query(long communeId, String period, String filter, Long unit, String officer,
                                       String procedure, String q) {
        DossierListing.Filter f;
        try {
            f = filter == null || filter.isBlank() ? DossierListing.Filter.JUDGED : DossierListing.Filter.valueOf(filter);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("filter", "dossier.filter.invalid", filter);
        }
        return new DossierListing.Query(PeriodChoice.parse(period, VietnamTime.today(clock)), f, unit(communeId, unit),
                officer, procedure, q);
    }

    @GetMapping("/dossiers/list")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) String filter, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) String officer, @RequestParam(required = false) String procedure,
                @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        long communeId = me.requireCommune();
        DossierListing.Query query = query(communeId, period, filter, unit, officer, procedure, q);
        int safePage = Math.max(0, Math.min(page, 100_000));
        long total = listing.count(communeId, query);
        periods(model, query.period());
        model.addAttribute("query", query);
        model.addAttribute("filters", DossierListing.Filter.values());
        model.addAttribute("units", org.units(communeId));
        model.addAttribute("rows", listing.page(communeId, query, safePage));
        model.addAttribute("total", total);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", (total + DossierListing.PAGE_SIZE - 1) / DossierListing.PAGE_SIZE);
        return "dossier/list";
    }

    @GetMapping("/dossiers/list.xlsx")
    void listExport(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                    @RequestParam(required = false) String filter, @RequestParam(required = false) Long unit,
                    @RequestParam(required = false) String officer, @RequestParam(required = false) String procedure,
                    @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        long communeId = me.requireCommune();
        DossierListing.Query query = query(communeId, period, filter, unit, officer, procedure, q);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("dossier.list.title"), List.of(msg("dossier.col.code"), msg("dossier.col.procedureCode"),
                    msg("dossier.col.procedure"), msg("dossier.col.unit"), msg("dossier.col.officer"), msg("dossier.col.channel"),
                    msg("dossier.col.received"), msg("dossier.col.due"), msg("dossier.col.end"), msg("dossier.col.state"),
                    msg("dossier.col.supplements"), msg("dossier.col.apology")));
            for (DossierRow r : listing.all(communeId, query, EXPORT_CAP)) {
                x.row(r.code(), r.procedureCode(), r.procedureName(), r.unitName(), r.officer(),
                        msg("dossier.channel." + r.channel().name()), r.receivedAt(), r.dueAt(), r.endAt(),
                        msg(r.stateKey()), r.supplementCount(), r.apologyAt());
            }
            x.send(response, "ho-so-" + query.period().code() + ".xlsx");
        }
    }

    @GetMapping("/dossiers/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                @RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
        long communeId = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        Long unitId = unit(communeId, unit);
        try (XlsxTable x = new XlsxTable()) {
            figureSheet(x, msg("dossier.byUnit"), unitId == null ? indicators.byUnit(communeId, p) : List.of());
            figureSheet(x, msg("dossier.byOfficer"), indicators.byOfficer(communeId, p, unitId));
            figureSheet(x, msg("dossier.byProcedure"), indicators.byProcedure(communeId, p, unitId));
            List<ServiceIndicators.Row> months = new ArrayList<>();
            indicators.months(communeId, p.year(), unitId).forEach((m, f) ->
                    months.add(new ServiceIndicators.Row(m.toString(), String.format("%02d/%d", m.getMonthValue(), m.getYear()), f, false)));
            figureSheet(x, msg("dossier.byMonth"), months);
            x.send(response, "chi-so-mot-cua-" + p.code() + ".xlsx");
        }
    }

    private void figureSheet(XlsxTable x, String name, List<ServiceIndicators.Row> rows) {
        List<String> headers = new ArrayList<>(List.of(msg("dossier.col.name"), msg("dossier.col.received"),
                msg("dossier.channel.ONLINE"), msg("dossier.col.finished"), msg("dossier.outcome.EARLY"),
                msg("dossier.outcome.ON_TIME"), msg("dossier.outcome.LATE"), msg("dossier.state.inTime"),
                msg("dossier.state.overdue")));
        for (ServiceIndicator i : ServiceIndicator.values()) {
            headers.add(msg(i.messageKey()) + " (%)");
        }
        headers.add(msg("dossier.col.flagged"));
        x.sheet(name, headers);
        for (ServiceIndicators.Row r : rows) {
            ServiceFigures f = r.figures();
            List<Object> values = new ArrayList<>(List.of(r.label().isEmpty() ? msg("dossier.unknown") : r.label(),
                    f.received(), f.receivedOnline(), f.finished(), f.early(), f.onTime(), f.late(), f.openInTime(),
                    f.openOverdue()));
            for (ServiceIndicator i : ServiceIndicator.values()) {
                values.add(i.of(f).percent());
            }
            values.add(r.flagged());
            x.row(values.toArray());
        }
    }

    @GetMapping("/dossiers/score")
    String score(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period, Model model) {
        long communeId = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        periods(model, p);
        model.addAttribute("score", indicators.score(communeId, p));
        model.addAttribute("canManage", access.canManage(me));
        return "dossier/score";
    }

    @PostMapping("/dossiers/score/manual")
    String enterManual(@AuthenticationPrincipal CurrentUser me, @RequestParam String period, @RequestParam String code,
                       @RequestParam String rate, @RequestParam(required = false) String note) {
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        BigDecimal value;
        try {
            value = AsciiNumbers.parseDecimal(rate.strip().replace("%", "").strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("rate", "dossier.score.rateRange");
        }
        indicators.enterManual(me, p, code, value, note == null ? null : note.trim());
        return "redirect:/dossiers/score?period=" + p.code();
    }

    @GetMapping("/dossiers/score.xlsx")
    void scoreExport(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String period,
                     HttpServletResponse response) throws IOException {
        long communeId = me.requireCommune();
        Period p = PeriodChoice.parse(period, VietnamTime.today(clock));
        ScoreCard card = indicators.score(communeId, p);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("dossier.score.title"), List.of(msg("dossier.score.code"), msg("dossier.score.indicator"),
                    msg("dossier.score.source"), msg("dossier.score.basis"), msg("dossier.score.rate"),
                    msg("dossier.score.points"), msg("dossier.score.max"), msg("dossier.score.gain")));
            for (ScoreLine l : card.lines()) {
                x.row(l.rule().code(), l.rule().name(), msg(l.rule().manual() ? "dossier.score.manual" : "dossier.score.computed"),
                        l.basis(), l.ratePercent(), l.points(), l.rule().maxPoints(), l.gain());
            }
            x.row("", msg("dossier.score.total"), "", "", null, card.total(), card.max(), card.gain());
            x.send(response, "chi-so-766-" + p.code() + ".xlsx");
        }
    }

}
