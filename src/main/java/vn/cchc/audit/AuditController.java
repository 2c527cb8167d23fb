package vn.cchc.audit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.AuditNote;
import vn.cchc.shared.XlsxTable;

/**
 * The audit log for its admins: the commune admin reads their commune's entries, the province admin the province's
 * (everyone else 403), filtered by days, user, table and action, 50 to a page; the export holds the same entries.
 */
@Controller
class AuditController {

    static final String EXPORTED = "AUDIT_EXPORTED";
    static final int PAGE_SIZE = 50;
    /** An export larger than this is cut (and says so in its file name): narrow the filter. */
    static final int EXPORT_CAP = 100_000;

    private final AuditLogRepository log;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AuditController(AuditLogRepository log, OrgDirectory org, MessageSource messages, ApplicationEventPublisher events) {
        this.log = log;
        this.org = org;
        this.messages = messages;
        this.events = events;
    }

    @GetMapping("/audit")
    String page(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String user,
                @RequestParam(required = false) String table, @RequestParam(required = false) String action,
                @RequestParam(defaultValue = "1") int page, Model model) {
        AuditScope scope = AuditScope.of(me);
        AuditFilter filter = AuditFilter.parse(from, to, user, table, action);
        model.addAttribute("entries", log.page(scope, filter, Math.max(1, Math.min(page, 1_000_000)), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("fromText", from == null ? "" : from.strip());
        model.addAttribute("toText", to == null ? "" : to.strip());
        model.addAttribute("tables", AuditFilter.TABLES);
        model.addAttribute("actions", AuditFilter.ACTIONS);
        model.addAttribute("provinceWide", scope.provinceWide());
        model.addAttribute("communeNames", communeNames(scope));
        return "audit/log";
    }

    @GetMapping("/audit/export.xlsx")
    void export(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @RequestParam(required = false) String user,
                @RequestParam(required = false) String table, @RequestParam(required = false) String action,
                HttpServletResponse response) throws IOException {
        AuditScope scope = AuditScope.of(me);
        AuditFilter filter = AuditFilter.parse(from, to, user, table, action);
        List<AuditEntry> entries = log.all(scope, filter, EXPORT_CAP);
        Map<Long, String> communes = communeNames(scope);
        try (XlsxTable x = new XlsxTable()) {
            x.sheet(msg("audit.title"), List.of(msg("audit.col.no"), msg("audit.col.at"), msg("audit.col.actor"),
                    msg("audit.col.address"), msg("audit.col.commune"), msg("audit.col.action"),
                    msg("audit.col.table"), msg("audit.col.entity"), msg("audit.col.changes"),
                    msg("audit.col.subject"), msg("audit.col.detail"), msg("audit.col.request")));
            for (AuditEntry e : entries) {
                x.row(e.id(), e.at(), e.actor(), e.address(), e.communeId() == null ? "" : communes.get(e.communeId()),
                        label("audit.action.", e.action()), e.table() == null ? "" : label("audit.table.", e.table()),
                        e.entityId(), e.changesText(), e.subject(), e.detail(), e.requestId());
            }
            x.send(response, entries.size() == EXPORT_CAP ? "nhat-ky-he-thong-100000-dau.xlsx" : "nhat-ky-he-thong.xlsx");
        }
        // after the reading, so the export does not list itself
        events.publishEvent(new AuditNote(EXPORTED, scope.communeId(), me.getUsername(), "/audit/export.xlsx",
                entries.size() + " / " + filterText(filter)));
    }

    private Map<Long, String> communeNames(AuditScope scope) {
        List<Commune> communes = scope.provinceWide() ? org.communesOf(scope.provinceId())
                : List.of(org.commune(scope.communeId()));
        return communes.stream().collect(Collectors.toMap(Commune::id, Commune::name));
    }

    private static String filterText(AuditFilter f) {
        return "from=" + f.from() + " to=" + f.to() + " user=" + f.user() + " table=" + f.table() + " action="
                + f.action();
    }

    private String label(String prefix, String code) {
        return messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
    }

    private String msg(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
