package vn.cchc.registers.inspection;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.VietnamTime;
import vn.cchc.shared.XlsxTable;

/** The year's inspections and their findings as a spreadsheet, for every user of the commune. */
@Controller
class InspectionExport {

    private final InspectionService inspections;
    private final MessageSource messages;
    private final Clock clock;

    InspectionExport(InspectionService inspections, MessageSource messages, Clock clock) {
        this.inspections = inspections;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/registers/inspections.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                HttpServletResponse response) throws IOException {
        int y = year != null && PlausibleDates.containsYear(year) ? year : VietnamTime.today(clock).getYear();
        Map<Long, String> units = inspections.unitNames(me);
        List<InspectionRecord> records = inspections.records(me, y);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("registers.inspection.records"), List.of(msg("registers.inspection.inspectedOn"),
                    msg("registers.inspection.unit"), msg("registers.inspection.inspectors"),
                    msg("registers.inspection.conclusion")));
            for (InspectionRecord r : records) {
                x.row(r.inspectedOn(), units.get(r.unitId()), r.inspectors(), r.conclusion());
            }
            x.sheet(msg("registers.inspection.findings"), List.of(msg("registers.inspection.inspectedOn"),
                    msg("registers.inspection.finding.unit"), msg("registers.inspection.finding.content"),
                    msg("registers.inspection.finding.deadline"), msg("registers.inspection.dueOnLabel"),
                    msg("registers.inspection.fixedOnLabel"), msg("registers.inspection.fixNote")));
            for (InspectionRecord r : records) {
                for (Finding f : inspections.findingsOf(me, r.id())) {
                    x.row(r.inspectedOn(), units.get(f.unitId()), f.content(), f.deadlinePhrase(), f.dueOn(),
                            f.fixedOn(), f.fixNote());
                }
            }
            x.send(response, "kiem-tra-cchc-" + y + ".xlsx");
        }
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
