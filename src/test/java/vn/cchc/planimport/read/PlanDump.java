package vn.cchc.planimport.read;

import vn.cchc.planimport.ImportDraft;

/** Prints a draft compactly; used while writing expectations for plans the reader was not tuned on. */
final class PlanDump {

    private PlanDump() {
    }

    static String of(ImportDraft d) {
        StringBuilder s = new StringBuilder();
        s.append("HEADER ").append(d.header()).append('\n');
        d.areas().forEach(a -> s.append("AREA ").append(a).append('\n'));
        d.targets().forEach(t -> s.append("TARGET ").append(t.areaCode()).append(' ').append(t.code()).append(" | ")
                .append(t.text()).append(" | ").append(t.metric()).append(' ').append(t.comparator()).append(' ')
                .append(t.threshold()).append(' ').append(t.unit()).append(" | ").append(t.indicatorCode())
                .append(" | ").append(t.responsibleText()).append('/').append(t.responsibleUnitId()).append(' ')
                .append(t.span()).append(' ').append(t.confidence()).append('\n'));
        d.tasks().forEach(t -> s.append("TASK ").append(t.areaCode()).append(' ').append(t.code()).append(" | ")
                .append(t.title()).append(" | P=").append(t.product()).append(" | L=").append(t.leadText()).append('/')
                .append(t.leadUnitId()).append(" C=").append(t.coordinatorUnitIds()).append(t.allOtherUnits() ? "+all" : "")
                .append(" | D=").append(t.deadlinePhrase()).append(" | ").append(t.span()).append(' ')
                .append(t.confidence()).append(t.offered() ? " offered" : "").append(t.leadSuggested() ? " suggested" : "")
                .append('\n'));
        d.dates().forEach(x -> s.append("DATE ").append(x).append('\n'));
        s.append("NOTICES ").append(d.notices()).append('\n');
        return s.toString();
    }
}
