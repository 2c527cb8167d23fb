package vn.cchc.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.cchc.calendar.Period;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.ImportJob;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.parindex.ParToDo;
import vn.cchc.progress.ReportingToDo;
import vn.cchc.shared.VietnamTime;

/**
 * Gathers a user's inbox from the modules' to-do queries and dates every item on the province's working calendar
 * ({@link WorkingDaysLeft}). Each source decides alone whether the user may act on its items.
 */
@Service
public class InboxService {

    private static final Logger log = LoggerFactory.getLogger(InboxService.class);

    private final ReportingToDo reporting;
    private final ParToDo par;
    private final DossierImports imports;
    private final WorkingCalendars calendars;
    private final Clock clock;

    InboxService(ReportingToDo reporting, ParToDo par, DossierImports imports, WorkingCalendars calendars,
                 Clock clock) {
        this.reporting = reporting;
        this.par = par;
        this.imports = imports;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Inbox of(CurrentUser user) {
        long started = System.nanoTime();
        LocalDate today = VietnamTime.today(clock);
        Dating dating = new Dating(calendars.of(user.provinceId()), today);
        List<Inbox.Section> sections = new ArrayList<>();
        add(sections, Inbox.Kind.REVIEW, reporting.toReview(user), r -> dating.item(
                r.periodLabel() + " — " + r.unitName(), r.planTitle(), "/progress/reports/" + r.reportId(), r.deadline()));
        add(sections, Inbox.Kind.RETURNED, reporting.returned(user), r -> dating.item(
                r.periodLabel(), r.planTitle(), "/progress/reports/" + r.reportId(), r.deadline()));
        add(sections, Inbox.Kind.LINES, reporting.linesDue(user), l -> dating.item(
                l.line().taskCode() + " " + l.line().taskTitle(),
                l.line().label() == null ? l.planTitle() : l.line().label() + " · " + l.planTitle(),
                l.reportId() == null ? "/progress/my" : "/progress/reports/" + l.reportId(), l.line().due()));
        add(sections, Inbox.Kind.EXPLAIN, par.toExplain(user), c -> criterion(dating, c));
        add(sections, Inbox.Kind.SCORE, par.toScore(user), c -> criterion(dating, c));
        add(sections, Inbox.Kind.ACCEPT, par.toAccept(user), c -> criterion(dating, c));
        add(sections, Inbox.Kind.IMPORTS, imports.failedToRedo(user), InboxService::failedImport);
        Inbox inbox = new Inbox(List.copyOf(sections), user.role() != Role.VIEWER);
        log.debug("inbox of {}: {} items in {} ms", user.getUsername(), inbox.total(),
                (System.nanoTime() - started) / 1_000_000);
        return inbox;
    }

    private static InboxItem criterion(Dating dating, ParToDo.WaitingCriterion c) {
        return dating.item(c.code() + " " + c.title(), Period.parse(c.periodCode()).label(),
                "/parindex/items/" + c.itemId(), c.deadline());
    }

    private static InboxItem failedImport(ImportJob job) {
        LocalDate on = (job.finishedAt() != null ? job.finishedAt() : job.createdAt()).atZone(VietnamTime.ZONE)
                .toLocalDate();
        return new InboxItem(job.fileName(), job.createdBy(), "/dossiers/imports/" + job.id(), null, null, on);
    }

    private static <T> void add(List<Inbox.Section> sections, Inbox.Kind kind, List<T> found,
                                Function<T, InboxItem> item) {
        if (!found.isEmpty()) {
            sections.add(new Inbox.Section(kind, found.stream().map(item).toList()));
        }
    }

    /** Items dated on one calendar as of one day. */
    private record Dating(WorkingCalendar calendar, LocalDate today) {

        InboxItem item(String title, String detail, String link, LocalDate deadline) {
            return new InboxItem(title, detail, link, deadline,
                    deadline == null ? null : WorkingDaysLeft.until(deadline, today, calendar), null);
        }
    }
}
