package vn.cchc.dossier.importing;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.dossier.indicators.RollupTally;
import vn.cchc.dossier.procedures.Procedure;
import vn.cchc.dossier.procedures.ProcedureCatalogue;
import vn.cchc.dossier.timeliness.DossierFacts;
import vn.cchc.dossier.timeliness.Judgement;
import vn.cchc.dossier.timeliness.PauseText;
import vn.cchc.dossier.timeliness.Timeliness;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.SearchText;

/**
 * Parses, judges and writes each row of an import file into a COPY stream: of the staging table (with the row's
 * file line), or, for a commune's first load, of the ledger itself (led by the commune). Notes the {@link FileFacts}.
 */
final class StagingWriter implements TabularFile.RowSink {
    private final CopyRows copy;
    /** The commune whose ledger the rows go straight into; null when they are staged. */
    private final Long ledgerCommune;
    /** The first load's rollups, counted as its rows are written; null when the rows are staged. */
    private final RollupTally tally;
    final FileFacts facts = new FileFacts();
    private final Timeliness timeliness;
    private final Map<String, Procedure> procedures;
    private final ExportUnits units;
    private final LocalTime appointmentTime;
    private final ImportRun staging;
    private final ColumnMapping mapping;
    private RowParser parser;
    boolean sawHeader;

    StagingWriter(ColumnMapping mapping, CopyRows copy, Long ledgerCommune, RollupTally tally, Timeliness timeliness,
                  Map<String, Procedure> procedures, ExportUnits units, ImportRun staging, LocalTime appointmentTime) {
        this.ledgerCommune = ledgerCommune;
        this.tally = tally;
        this.appointmentTime = appointmentTime;
        this.mapping = mapping;
        this.copy = copy;
        this.timeliness = timeliness;
        this.procedures = procedures;
        this.units = units;
        this.staging = staging;
    }

    @Override
    public void header(List<String> cells) {
        sawHeader = true;
        Map<DossierField, Integer> columns = mapping.resolve(cells);
        List<String> missing = new ArrayList<>();
        for (DossierField f : DossierField.values()) {
            if (f.required() && !columns.containsKey(f)) {
                missing.add(mapping.headerFor(f));
            }
        }
        if (!missing.isEmpty()) {
            throw InvalidInput.of("file", "dossier.import.missingColumns", String.join(", ", missing),
                    String.join(", ", cells));
        }
        parser = new RowParser(columns, appointmentTime);
    }

    @Override
    public void row(long line, List<String> cells) {
        staging.row();
        try {
            RowParser.Parsed parsed = parser.parse(cells);
            DossierFacts d = parsed.facts();
            Procedure procedure = procedures.get(d.procedureCode());
            Judgement j;
            try {
                j = timeliness.judge(d, ProcedureCatalogue.days(procedure));
            } catch (Timeliness.NoDueDate e) {
                throw new RowProblem("dossier.import.row.noDue", d.procedureCode());
            }
            if (staging.errorCount == 0) {
                write(parsed, j, line);
            }
        } catch (RowProblem p) {
            staging.error(line, p);
        }
    }

    private void write(RowParser.Parsed parsed, Judgement j, long line) {
        DossierFacts d = parsed.facts();
        Long unitId = units.match(d.unitName());
        facts.unit(unitId);
        facts.moments(d.receivedAt(), j.endAt());
        if (!procedures.containsKey(d.procedureCode())) {
            facts.unknownProcedure(d.procedureCode(), d.procedureName(), d.field());
        }
        if (tally != null) {
            tally.add(d, j, unitId);
        }
        if (ledgerCommune != null) {
            copy.bigint(ledgerCommune);
        }
        copy.text(d.code()).text(d.procedureCode()).text(d.procedureName()).text(d.field()).text(d.unitName())
                .bigint(unitId).text(d.officer()).text(String.valueOf(d.channel().code()))
                .text(d.onlineLevel() == null ? null : String.valueOf(d.onlineLevel().code()))
                .time(d.submittedAt()).time(d.receivedAt()).time(d.appointmentAt()).time(d.finishedAt())
                .time(d.returnedAt()).text(PauseText.format(d.pauses())).smallint(d.supplementCount())
                .wholeNumber(d.fee()).bool(d.paidOnline()).bool(d.digitised()).bool(d.eResult())
                .bool(d.reusedData()).time(d.apologyAt()).smallint(d.rating()).time(j.dueAt()).time(j.endAt())
                .time(j.clockStoppedAt()).bool(j.forcedLate()).smallint(j.outcome() == null ? null : j.outcome().code())
                .bool(j.ackLate())
                .text(SearchText.key(d.code() + " " + d.procedureName() + " " + d.officer() + " " + d.unitName()
                        + (d.applicant().isEmpty() ? "" : " " + d.applicant())))
                .text(d.applicant()).bool(d.withoutResult())
                .text(parsed.phoneTail()).text(parsed.checkCode());
        if (ledgerCommune == null) {
            copy.bigint(line);
        }
        copy.endRow();
    }
}
