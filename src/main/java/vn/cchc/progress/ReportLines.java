package vn.cchc.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceForm;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/**
 * Writes the lines typed on a report page, all or nothing, in the caller's transaction. Lines the user left as they
 * were are skipped. Every other line is checked first (its values, and whether someone else saved it since the page
 * was read), so one bad or stale line refuses the whole save before anything is written.
 */
@Component
class ReportLines {

    private static final int MAX_TEXT = 4000;

    private final ProgressRepository repository;
    private final Obligations obligations;
    private final EvidenceService evidence;
    private final Clock clock;

    ReportLines(ProgressRepository repository, Obligations obligations, EvidenceService evidence, Clock clock) {
        this.repository = repository;
        this.obligations = obligations;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** The values a line is written with once checked: on-time versus late settled from the dates. */
    private record Checked(ItemStatus status, Integer percent, LocalDate completedOn) {
    }

    private record Change(ProgressRepository.ItemRow item, ItemForm form, Checked values) {
    }

    /** Writes the typed lines of a report the user may edit; returns how many lines changed. */
    int write(CurrentUser user, ReportService.Editing editing, Map<Long, ItemForm> typed) {
        if (typed.isEmpty()) {
            return 0;
        }
        ProgressRepository.ReportRow report = editing.report();
        long communeId = report.communeId();
        Map<Long, ProgressRepository.ItemRow> saved = repository.items(communeId, report.id()).stream()
                .collect(Collectors.toMap(ProgressRepository.ItemRow::id, Function.identity()));
        Map<String, Obligation> owed = obligations.ofUnit(editing.plan(), report.unitId(), today()).stream()
                .collect(Collectors.toMap(o -> key(o.taskId(), o.occurrenceDue()), Function.identity(), (a, b) -> b));
        LinesRefused.Collector refused = new LinesRefused.Collector();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<Long, ItemForm> entry : typed.entrySet()) {
            ProgressRepository.ItemRow item = saved.get(entry.getKey());
            if (item == null) {
                throw new NotFoundException("report line", entry.getKey());
            }
            ItemForm form = entry.getValue();
            boolean valuesChanged = !sameValues(item, form);
            if (!valuesChanged && !form.changesEvidence()) {
                continue;
            }
            Checked values = null;
            if (valuesChanged) {
                Obligation o = owed.get(key(item.taskId(), item.occurrenceDue()));
                try {
                    values = checked(form, o == null ? null : o.due());
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
        refused.throwIfAny();
        for (Change change : changes) {
            writeLine(user, report, change);
        }
        return changes.size();
    }

    private void writeLine(CurrentUser user, ProgressRepository.ReportRow report, Change change) {
        long communeId = report.communeId();
        long itemId = change.item().id();
        ItemForm form = change.form();
        Checked v = change.values();
        if (v != null && !repository.updateItem(communeId, itemId, form.getVersion(), v.status(), v.percent(),
                form.getQuantity(), text(form.getNarrative()), text(form.getReason()), v.completedOn())) {
            throw LinesRefused.changedMeanwhile(itemId); // saved by someone else since it was checked
        }
        for (Long documentId : form.getAttach()) {
            if (documentId != null) {
                repository.attach(communeId, itemId, evidence.document(user, documentId).id());
            }
        }
        if (form.getDetach() != null) {
            repository.detach(communeId, itemId, form.getDetach());
        }
        if (form.hasFile()) {
            EvidenceForm meta = form.getUpload() == null ? new EvidenceForm() : form.getUpload();
            try {
                EvidenceDocument doc = evidence.upload(user, report.unitId(), meta, form.getFile());
                repository.attach(communeId, itemId, doc.id());
            } catch (InvalidInput e) {
                throw LinesRefused.invalid(itemId, e.problems());
            }
        }
    }

    /** The typed values equal the saved ones (how the page shows them: blank is empty, line breaks as typed). */
    private static boolean sameValues(ProgressRepository.ItemRow item, ItemForm form) {
        ItemStatus status = form.getStatus() == null ? ItemStatus.NOT_STARTED : form.getStatus();
        return status == item.status() && Objects.equals(form.getPercent(), item.percent())
                && sameNumber(form.getQuantity(), item.quantity())
                && Objects.equals(text(form.getNarrative()), text(item.narrative()))
                && Objects.equals(text(form.getReason()), text(item.reason()))
                && Objects.equals(form.getCompletedOn(), item.completedOn());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** Checks a line and settles on-time versus late from the dates, whatever the unit picked. */
    private Checked checked(ItemForm form, LocalDate due) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        ItemStatus status = form.getStatus() == null ? ItemStatus.NOT_STARTED : form.getStatus();
        if (form.getPercent() != null && (form.getPercent() < 0 || form.getPercent() > 100)) {
            problems.add("percent", "progress.percent.range");
        }
        if (form.getQuantity() != null && form.getQuantity().signum() < 0) {
            problems.add("quantity", "progress.quantity.negative");
        }
        if (status == ItemStatus.NOT_DONE && text(form.getReason()) == null) {
            problems.add("reason", "progress.reason.required");
        }
        if (form.getNarrative() != null && form.getNarrative().length() > MAX_TEXT
                || form.getReason() != null && form.getReason().length() > MAX_TEXT) {
            problems.add("narrative", "progress.text.tooLong", String.valueOf(MAX_TEXT));
        }
        LocalDate today = today();
        LocalDate completedOn = status.done() && form.getCompletedOn() == null ? today : form.getCompletedOn();
        if (status.done() && completedOn.isAfter(today)) {
            problems.add("completedOn", "progress.completedOn.future");
        }
        problems.throwIfAny();
        if (!status.done()) {
            return new Checked(status, form.getPercent(), null);
        }
        if (due != null) {
            status = completedOn.isAfter(due) ? ItemStatus.DONE_LATE : ItemStatus.DONE;
        }
        return new Checked(status, form.getPercent() == null ? Integer.valueOf(100) : form.getPercent(), completedOn);
    }

    private LocalDate today() {
        return VietnamTime.today(clock);
    }

    private static String key(long taskId, LocalDate occurrenceDue) {
        return taskId + "@" + occurrenceDue;
    }

    /** Stored text: trimmed, blank as none, line breaks as \n (browsers send a textarea's breaks as \r\n). */
    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip().replace("\r\n", "\n");
    }
}
