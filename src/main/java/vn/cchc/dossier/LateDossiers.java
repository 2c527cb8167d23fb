package vn.cchc.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.calendar.WorkingCalendar;
import vn.cchc.calendar.WorkingCalendars;
import vn.cchc.dossier.importing.RowParser;
import vn.cchc.dossier.indicators.Rollups;
import vn.cchc.dossier.indicators.WindowQueries;
import vn.cchc.dossier.timeliness.Pause;
import vn.cchc.dossier.timeliness.PauseText;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.Conflict;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.PlausibleDates;
import vn.cchc.shared.Timestamps;
import vn.cchc.shared.VietnamTime;

/**
 * Late dossiers and their apology letters (thư xin lỗi): the list for a window, one dossier's facts for the letter,
 * and the letter's date recorded on the dossier. A dossier is late when it ended late, or is still open and past its
 * due time (ND 61/2018 art. 19, ND 118/2025: a late dossier gets a written apology with a new appointment).
 */
@Service
public class LateDossiers {

    private static final Logger log = LoggerFactory.getLogger(LateDossiers.class);

    private final WindowQueries queries;
    private final JdbcClient jdbc;
    private final OneStopAccess access;
    private final WorkingCalendars calendars;
    private final OrgDirectory org;
    private final Clock clock;

    LateDossiers(WindowQueries queries, JdbcClient jdbc, OneStopAccess access, WorkingCalendars calendars,
                 OrgDirectory org, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.access = access;
        this.calendars = calendars;
        this.org = org;
        this.clock = clock;
    }

    /**
     * A late dossier. {@code resolvedAt} is null while it is still being processed (at the window's end for a list,
     * now for one dossier's facts). {@code applicant} is empty when the export had no such column. {@code dueAt} is
     * the appointment moved on by the time the clock stood still ({@code pauses}: supplementation and other pauses,
     * an open one without an end; {@code clockStoppedAt}: the start of an open one that stops the clock).
     * {@code workingDaysLate}: working days after the due day up to the day it ended (or the day it is judged at, or
     * its clock stopped); 0 when it was late on the due day itself or by a second supplementation request.
     */
    public record Late(String code, String procedureCode, String procedureName, String field, String applicant,
                       String unitName, String officer, Instant receivedAt, Instant appointmentAt, Instant dueAt,
                       Instant resolvedAt, List<Pause> pauses, Instant clockStoppedAt, LocalDate apologyOn,
                       int workingDaysLate) {

        public Late {
            pauses = List.copyOf(pauses);
        }

        public boolean stillOpen() {
            return resolvedAt == null;
        }

        Late withWorkingDaysLate(int days) {
            return new Late(code, procedureCode, procedureName, field, applicant, unitName, officer, receivedAt,
                    appointmentAt, dueAt, resolvedAt, pauses, clockStoppedAt, apologyOn, days);
        }
    }

    /** Whether the user may record apologies and make apology letters: the ledger's managers. */
    public boolean canApologise(CurrentUser user) {
        return access.canManage(user);
    }

    /** The window's dossiers resolved late and those open and overdue at its end (Biểu II.06a columns 10 and 13). */
    public List<Late> rows(long communeId, LocalDate from, LocalDate to) {
        TthcStatistics.checkWindow(from, to);
        WindowQueries.Window w = queries.window(from, to);
        WorkingCalendar calendar = calendar(communeId);
        return queries.late(communeId, w).stream().map(l -> counted(l, calendar, w.judgedAt())).toList();
    }

    /** The facts an apology letter is filled from; refused when the dossier is not late, 404 when not the commune's. */
    public Late apologyFacts(long communeId, String code) {
        Late late = find(communeId, code, false);
        return counted(late, calendar(communeId), clock.instant());
    }

    /**
     * Records the date of a late dossier's apology letter. Only the ledger's managers ({@link OneStopAccess}); another
     * commune's or an unknown code answers 404. The first date stays: recording the same date again changes nothing,
     * a different one is refused with the date on record (the letter was sent once; a mistaken date is corrected in
     * the one-stop system, whose next export carries it). Refused while an import of the commune runs, which would
     * otherwise write its own copy of the dossier over it.
     */
    @Transactional
    public LocalDate recordApology(CurrentUser user, String code, LocalDate date) {
        access.requireManage(user);
        long communeId = user.requireCommune();
        LocalDate today = VietnamTime.today(clock);
        if (date == null || !PlausibleDates.contains(date)) {
            throw InvalidInput.of("date", "dossier.apology.date");
        }
        if (date.isAfter(today)) {
            throw InvalidInput.of("date", "dossier.apology.future", VietnamTime.DATE.format(today));
        }
        boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(72410002, ?::int)").param((int) communeId)
                .query(Boolean.class).single();
        if (!locked) {
            throw new Conflict("dossier.apology.importRunning");
        }
        Late late = find(communeId, code, true);
        LocalDate received = VietnamTime.date(late.receivedAt());
        if (date.isBefore(received)) {
            throw InvalidInput.of("date", "dossier.apology.beforeReceived", VietnamTime.DATE.format(received));
        }
        if (late.apologyOn() != null) {
            if (late.apologyOn().equals(date)) {
                return date;
            }
            throw new Conflict("dossier.apology.already", late.code(), VietnamTime.DATE.format(late.apologyOn()));
        }
        jdbc.sql("update dossier set apology_at = ? where commune_id = ? and code = ?")
                .params(Timestamps.utc(VietnamTime.startOf(date)), communeId, late.code()).update();
        // The monthly rollup counts late dossiers with an apology; it is rebuilt only by imports.
        jdbc.sql("""
                update dossier_month m set late_apology = late_apology + 1 from dossier d
                where d.commune_id = ? and d.code = ? and d.outcome = 3 and d.end_at is not null
                  and m.commune_id = d.commune_id
                  and m.month = date_trunc('month', d.end_at at time zone 'Asia/Ho_Chi_Minh')::date
                  and m.unit_id = coalesce(d.unit_id, 0) and m.procedure_code = d.procedure_code
                  and m.officer = d.officer""").params(communeId, late.code()).update();
        log.info("Apology of {} dated {} recorded in commune {} by user {}", late.code(), date, communeId, user.id());
        return date;
    }

    /**
     * Whether a dossier is late now, over {@code d} with the current time bound once: it ended late (and not without
     * a result), or it is open past its due time. The apology letters and the public lookup judge by it.
     */
    static final String LATE_NOW = "((d.outcome = 3 and not d.without_result) or (d.end_at is null and "
            + Rollups.OVERDUE_AT.formatted("?") + "))";

    /** Whether a typed code can be a stored one (not blank, not longer than the import takes, no NUL). */
    static boolean readableCode(String key) {
        return !key.isEmpty() && key.length() <= RowParser.MAX_CODE && key.indexOf('\0') < 0;
    }

    /** The dossier if it is late now (a finished late one, or an open one past its due time). */
    private Late find(long communeId, String code, boolean forUpdate) {
        String key = code == null ? "" : code.strip();
        if (!readableCode(key)) {
            throw new NotFoundException("dossier", "(not a dossier code)");
        }
        Object now = Timestamps.utc(clock.instant());
        Object[] found = jdbc.sql("""
                        select d.*, %s,
                            %s as late
                        %s
                        where d.commune_id = ? and d.code = ?%s""".formatted(WindowQueries.LABELS,
                        LATE_NOW, WindowQueries.WITH_PROCEDURE,
                        forUpdate ? " for update of d" : ""))
                .params(now, now, communeId, key)
                .query((rs, n) -> new Object[] {late(rs, rs.getObject("end_at") == null), rs.getBoolean("late")})
                .optional().orElseThrow(() -> new NotFoundException("dossier", key));
        if (!(Boolean) found[1]) {
            throw InvalidInput.of("code", "dossier.apology.notLate", key);
        }
        return (Late) found[0];
    }

    private WorkingCalendar calendar(long communeId) {
        return calendars.of(org.commune(communeId).provinceId());
    }

    /** Adds the working days late, up to the end, or else the moment judged (or the earlier stop of the clock). */
    private static Late counted(Late l, WorkingCalendar calendar, Instant judgedAt) {
        Instant until = l.resolvedAt();
        if (until == null) {
            Instant stopped = l.clockStoppedAt();
            until = stopped != null && stopped.isBefore(judgedAt) ? stopped : judgedAt;
        }
        return l.withWorkingDaysLate(Math.max(0, calendar.workingDaysBetween(l.dueAt(), until)));
    }

    /** Maps a dossier row with its catalogue labels; {@code open}: not ended by the moment it is judged at. */
    public static Late late(ResultSet rs, boolean open) throws SQLException {
        Instant apology = Timestamps.instant(rs, "apology_at");
        return new Late(rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_label"),
                rs.getString("field_label"), rs.getString("applicant"), rs.getString("unit_name"),
                rs.getString("officer"), Timestamps.instant(rs, "received_at"),
                Timestamps.instant(rs, "appointment_at"), Timestamps.instant(rs, "due_at"), open ? null : Timestamps.instant(rs, "end_at"),
                PauseText.parse(rs.getString("pauses")), Timestamps.instant(rs, "clock_stopped_at"),
                apology == null ? null : VietnamTime.date(apology), 0);
    }
}
