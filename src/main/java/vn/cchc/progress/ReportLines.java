package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.TaskTimeliness;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.UploadedFile;

/**
 * Writes the lines typed on a report page, all or nothing, in the caller's transaction. Lines the user did not edit
 * are skipped, so a line a colleague saved meanwhile is not written over with the values the page was read with.
 * Every other line is checked first (its values, whether someone else saved it since the page was read, whether it
 * is still in the report), so one bad, stale or removed line refuses the whole save before anything is written.
 */
@Component
class ReportLines {

    private static final int MAX_TEXT = 4000;
    /** The column is numeric(12, 2). */
    private static final BigDecimal QUANTITY_LIMIT = BigDecimal.TEN.pow(10);
    private static final int QUANTITY_DECIMALS = 2;

    private final ReportItems items;
    private final Obligations obligations;
    private final EvidenceService evidence;

    ReportLines(ReportItems items, Obligations obligations, EvidenceService evidence) {
        this.items = items;
        this.obligations = obligations;
        this.evidence = evidence;
    }

    /** The values a line is written with once checked: on-time versus late settled from the dates. */
    private record Checked(ItemStatus status, Integer percent, LocalDate completedOn) {
    }

    private record Change(ReportItems.ItemRow item, ItemForm form, Checked values) {
    }

    /** Writes the typed lines of a report the user may edit; returns how many lines changed. */
    int write(CurrentUser user, ReportAccess.Editing editing, Map<Long, ItemForm> typed) {
        if (typed.isEmpty()) {
            return 0;
        }
        ReportRepository.ReportRow report = editing.report();
        Map<Long, ReportItems.ItemRow> saved = items.items(report.communeId(), report.id()).stream()
                .collect(Collectors.toMap(ReportItems.ItemRow::id, Function.identity()));
        Map<String, Obligation> owed = Obligation.byKey(
                obligations.ofUnit(editing.plan(), report.unitId(), editing.today()));
        LinesRefused.Collector refused = new LinesRefused.Collector();
        List<Long> gone = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, ItemForm> entry : typed.entrySet()) {
            if (entry.getKey() == null) {
                continue; // "lines=" sent by hand binds an entry without a line id: no line of any report
            }
            ReportItems.ItemRow item = saved.get(entry.getKey());
            ItemForm form = entry.getValue();
            if (item == null) {
                if (!form.untouched() || form.changesEvidence()) {
                    gone.add(entry.getKey());
                }
                continue;
            }
            boolean valuesChanged = form.changesValuesOf(item);
            if (!valuesChanged && !form.changesEvidence()) {
                continue;
            }
            Checked values = null;
            if (valuesChanged) {
                Obligation o = owed.get(Obligation.key(item.taskId(), item.occurrenceDue()));
                try {
                    values = checked(form, o == null ? null : o.due(), editing.today());
                } catch (InvalidInput e) {
                    refused.invalid(item.id(), e.problems());
                }
                // Evidence is added or removed as a set, so only changed values need the line as the user read it.
                if (form.getVersion() != item.version()) {
                    refused.changedMeanwhile(item.id());
                }
            }
            changes.add(new Change(item, form, values));
        }
        refuseGone(gone, refused);
        refused.throwIfAny();
        for (Change change : changes) {
            writeLine(user, report, change);
        }
        return changes.size();
    }

    /**
     * Lines typed on the page that the report no longer has were removed meanwhile (their task was deleted from the
     * plan). An id that is a line of some other report is not this page's: not found, as for another commune's id.
     */
    private void refuseGone(List<Long> gone, LinesRefused.Collector refused) {
        if (gone.isEmpty()) {
            return;
        }
        List<Long> elsewhere = items.existing(gone);
        if (!elsewhere.isEmpty()) {
            throw new NotFoundException("report line", elsewhere.get(0));
        }
        gone.forEach(refused::removedMeanwhile);
    }

    private void writeLine(CurrentUser user, ReportRepository.ReportRow report, Change change) {
        long communeId = report.communeId();
        long itemId = change.item().id();
        ItemForm form = change.form();
        Checked v = change.values();
        if (v != null && !items.updateItem(communeId, itemId, form.getVersion(), v.status(), v.percent(),
                form.getQuantity(), StoredText.of(form.getNarrative()), StoredText.of(form.getReason()),
                v.completedOn())) {
            throw LinesRefused.changedMeanwhile(itemId); // saved by someone else since it was checked
        }
        for (Long documentId : form.getAttach()) {
            if (documentId != null) {
                items.attach(communeId, itemId, evidence.document(user, documentId).id());
            }
        }
        if (form.getDetach() != null) {
            items.detach(communeId, itemId, form.getDetach());
        }
        if (form.hasFile()) {
            EvidenceForm meta = form.getUpload() == null ? new EvidenceForm() : form.getUpload();
            try {
                EvidenceDocument doc = evidence.upload(user, report.unitId(), meta, UploadedFile.from(form.getFile()));
                items.attach(communeId, itemId, doc.id());
            } catch (InvalidInput e) {
                throw LinesRefused.invalid(itemId, e.problems());
            }
        }
    }

    /** Checks a line and settles on-time versus late from the dates, whatever the unit picked. */
    private static Checked checked(ItemForm form, LocalDate due, LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ItemStatus status = form.getStatus() == null ? ItemStatus.NOT_STARTED : form.getStatus();
        if (form.getPercent() != null && (form.getPercent() < 0 || form.getPercent() > 100)) {
            problems.add("percent", "progress.percent.range");
        }
        BigDecimal quantity = form.getQuantity();
        if (quantity != null && quantity.signum() < 0) {
            problems.add("quantity", "progress.quantity.negative");
        } else if (quantity != null && (quantity.compareTo(QUANTITY_LIMIT) >= 0
                || quantity.stripTrailingZeros().scale() > QUANTITY_DECIMALS)) {
            problems.add("quantity", "progress.quantity.range");
        }
        if (status == ItemStatus.NOT_DONE && StoredText.of(form.getReason()) == null) {
            problems.add("reason", "progress.reason.required");
        }
        if (form.getNarrative() != null && form.getNarrative().length() > MAX_TEXT
                || form.getReason() != null && form.getReason().length() > MAX_TEXT) {
            problems.add("narrative", "progress.text.tooLong", String.valueOf(MAX_TEXT));
        }
        LocalDate completedOn = status.done() && form.getCompletedOn() == null ? today : form.getCompletedOn();
        if (status.done() && completedOn.isAfter(today)) {
            problems.add("completedOn", "progress.completedOn.future");
        }
        problems.throwIfAny();
        if (!status.done()) {
            return new Checked(status, form.getPercent(), null);
        }
        if (due != null) {
            status = TaskTimeliness.doneLate(completedOn, due) ? ItemStatus.DONE_LATE : ItemStatus.DONE;
        }
        return new Checked(status, form.getPercent() == null ? Integer.valueOf(100) : form.getPercent(), completedOn);
    }
}
