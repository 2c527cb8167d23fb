package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.planimport.DraftArea;
import vn.cchc.planimport.DraftDate;
import vn.cchc.planimport.DraftHeader;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.source.SourceDocument;

/**
 * Reads a whole plan document into a draft: the header, then the appendix tables, then the prose (area headings,
 * targets in sentences, inline task forms, responsibility sections, stated dates), without counting an item twice
 * (the tables' items win over the prose's), and with notices about the document as a whole.
 */
public final class PlanReader {

    private PlanReader() {
    }

    public static ImportDraft read(SourceDocument document, ReadContext context) {
        Outline outline = Outline.of(document);
        DraftHeader header = HeaderFinder.find(document, outline, context);
        TableFindings tables = AppendixTables.read(document, context);
        List<DraftArea> areas = DraftMerge.areas(tables.areas(), AreaHeadings.find(outline));
        List<DraftTarget> targets = DraftMerge.targets(tables.targets(), ProseTargets.find(outline, context));
        List<DraftTask> tasks = DraftMerge.tasks(DraftMerge.tasks(tables.tasks(), InlineTaskForms.find(outline, context)),
                ParentheticalTasks.find(outline, context));
        boolean offered = !tasks.isEmpty();
        List<DraftTask> duties = ResponsibilityDuties.find(outline, context, offered);
        tasks = LeadSuggestions.apply(DraftMerge.tasks(tasks, duties), context);
        // a duty only offered (unticked) may be dropped by the reviewer; the dates it states must not go with it
        List<LineSpan> taskSpans = tasks.stream().filter(t -> !t.offered()).map(DraftTask::span).toList();
        List<DraftDate> dates = StatedDates.find(outline, context, taskSpans);
        return new ImportDraft(document.kind(), document.lines(), header, areas, targets, tasks, dates,
                notices(header, targets, tasks, context));
    }

    private static List<String> notices(DraftHeader header, List<DraftTarget> targets, List<DraftTask> tasks,
                                        ReadContext context) {
        List<String> notices = new ArrayList<>();
        if (targets.isEmpty() && tasks.isEmpty()) {
            notices.add("planimport.notice.nothingFound");
        } else if (tasks.isEmpty()) {
            notices.add("planimport.notice.noTasks");
        }
        if (header.title() == null) {
            notices.add("planimport.notice.noTitle");
        } else if (header.periodCode() == null) {
            notices.add("planimport.notice.noPeriod");
        }
        if (tasks.stream().anyMatch(DraftTask::offered)) {
            notices.add("planimport.notice.dutiesOffered");
        }
        UnitMatcher units = context.unitMatcher();
        boolean unknownUnit = tasks.stream().anyMatch(t -> t.leadText() != null && t.leadUnitId() == null
                && !units.match(t.leadText()).allOthers());
        if (unknownUnit) {
            notices.add("planimport.notice.unknownUnits");
        }
        return notices;
    }
}
