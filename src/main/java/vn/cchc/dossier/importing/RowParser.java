package vn.cchc.dossier.importing;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dossier.LookupFactor;
import vn.cchc.dossier.procedures.OnlineLevel;
import vn.cchc.dossier.timeliness.Channel;
import vn.cchc.dossier.timeliness.DossierFacts;
import vn.cchc.dossier.timeliness.Pause;
import vn.cchc.shared.SearchText;

/** Turns one row's cells into dossier facts, or a {@link RowProblem} saying what is wrong with it. */
public final class RowParser {

    public static final int MAX_CODE = 80;
    static final int MAX_APPLICANT = 300;

    private final Map<DossierField, Integer> columns;
    private final LocalTime appointmentTime;

    RowParser(Map<DossierField, Integer> columns, LocalTime appointmentTime) {
        this.columns = columns;
        this.appointmentTime = appointmentTime;
    }

    /** A parsed row: the facts the rules judge, and the lookup's second factor (phone tail, check code; null when absent). */
    record Parsed(DossierFacts facts, String phoneTail, String checkCode) {
    }

    Parsed parse(List<String> cells) {
        String code = required(cells, DossierField.CODE);
        if (code.length() > MAX_CODE) {
            throw new RowProblem("dossier.import.row.tooLong", DossierField.CODE.messageKey(), String.valueOf(MAX_CODE));
        }
        String procedureCode = required(cells, DossierField.PROCEDURE_CODE);
        if (procedureCode.length() > 60) {
            throw new RowProblem("dossier.import.row.tooLong", DossierField.PROCEDURE_CODE.messageKey(), "60");
        }
        String channelText = required(cells, DossierField.CHANNEL);
        Channel channel = Channel.parse(channelText)
                .orElseThrow(() -> new RowProblem("dossier.import.row.channel", channelText));
        Instant received = at(cells, DossierField.RECEIVED_AT, LocalTime.of(7, 30));
        if (received == null) {
            throw new RowProblem("dossier.import.row.missing", DossierField.RECEIVED_AT.messageKey());
        }
        Instant submitted = at(cells, DossierField.SUBMITTED_AT, LocalTime.of(7, 30));
        Instant appointment = at(cells, DossierField.APPOINTMENT_AT, appointmentTime);
        Instant finished = at(cells, DossierField.FINISHED_AT, LocalTime.of(0, 0));
        Instant returned = at(cells, DossierField.RETURNED_AT, LocalTime.of(0, 0));
        before(received, appointment, DossierField.APPOINTMENT_AT);
        before(received, finished, DossierField.FINISHED_AT);
        before(received, returned, DossierField.RETURNED_AT);
        List<Pause> pauses = new ArrayList<>(CellValues.pauses(cell(cells, DossierField.SUPPLEMENTS), Pause.Kind.SUPPLEMENT,
                DossierField.SUPPLEMENTS));
        pauses.addAll(CellValues.pauses(cell(cells, DossierField.PAUSES), Pause.Kind.OTHER, DossierField.PAUSES));
        String level = cell(cells, DossierField.ONLINE_LEVEL);
        String applicant = cell(cells, DossierField.APPLICANT);
        if (applicant.length() > MAX_APPLICANT) {
            throw new RowProblem("dossier.import.row.tooLong", DossierField.APPLICANT.messageKey(),
                    String.valueOf(MAX_APPLICANT));
        }
        boolean withoutResult = CellValues.withoutResult(cell(cells, DossierField.STATUS));
        if (withoutResult && finished == null && returned == null) {
            throw new RowProblem("dossier.import.row.noEnd", cell(cells, DossierField.STATUS));
        }
        DossierFacts facts = new DossierFacts(code, procedureCode, cell(cells, DossierField.PROCEDURE_NAME), cell(cells, DossierField.FIELD),
                cell(cells, DossierField.UNIT), cell(cells, DossierField.OFFICER), channel,
                OnlineLevel.parse(level).orElse(null), submitted, received, appointment, finished, returned, pauses,
                CellValues.fee(cell(cells, DossierField.FEE)), CellValues.yes(cell(cells, DossierField.PAID_ONLINE)),
                CellValues.yes(cell(cells, DossierField.DIGITISED)), CellValues.yes(cell(cells, DossierField.E_RESULT)),
                CellValues.yes(cell(cells, DossierField.REUSED_DATA)), at(cells, DossierField.APOLOGY_AT, LocalTime.of(0, 0)),
                CellValues.rating(cell(cells, DossierField.RATING)), applicant, withoutResult);
        return new Parsed(facts, phoneTail(cells), checkCode(cells));
    }

    /** The last four digits only: the full number goes no further than this method, not even into a row problem. */
    private String phoneTail(List<String> cells) {
        try {
            return LookupFactor.phoneTail(cell(cells, DossierField.PHONE));
        } catch (LookupFactor.Invalid e) {
            throw new RowProblem("dossier.import.row.phone");
        }
    }

    private String checkCode(List<String> cells) {
        try {
            return LookupFactor.checkCode(cell(cells, DossierField.CHECK_CODE));
        } catch (LookupFactor.Invalid e) {
            throw new RowProblem("dossier.import.row.checkCode");
        }
    }

    private static void before(Instant received, Instant later, DossierField field) {
        if (later != null && later.isBefore(received)) {
            throw new RowProblem("dossier.import.row.beforeReceived", field.messageKey());
        }
    }

    private Instant at(List<String> cells, DossierField field, LocalTime dateOnly) {
        return CellValues.instant(cell(cells, field), dateOnly, field);
    }

    private String required(List<String> cells, DossierField field) {
        String value = cell(cells, field);
        if (value.isEmpty()) {
            throw new RowProblem("dossier.import.row.missing", field.messageKey());
        }
        return value;
    }

    /** The cell's text, trimmed and in NFC (Windows-1258 files carry tone marks as combining characters). */
    private String cell(List<String> cells, DossierField field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return SearchText.nfc(cells.get(index).trim());
    }
}
