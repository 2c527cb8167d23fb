package vn.cchc.registers;

import vn.cchc.shared.Ratio;

/**
 * What the registers hold for a window, as a periodic report states it. Inspections: held in the window, the active
 * units inspected out of all active units, the findings those inspections made, of these fixed by the window's end
 * (or today, when it has not ended), fixed by their due date, and open past it on that day. Initiatives counted at
 * each stage's own date (one proposed before the window and recognised in it counts once, as recognised).
 * Dialogues and conferences held; articles published and the units that published them.
 */
public record RegisterSummary(long inspections, long unitsInspected, long activeUnits, long findings,
                              long findingsFixed, long findingsFixedOnTime, long findingsOverdue,
                              long initiativesProposed, long initiativesApplied, long initiativesRecognised,
                              long dialogues, long conferences, long articles, long publishingUnits) {

    /** Active units inspected ÷ active units (no value without active units). */
    public Ratio coverage() {
        return new Ratio(unitsInspected, activeUnits);
    }

    public boolean hasInitiatives() {
        return initiativesProposed + initiativesApplied + initiativesRecognised > 0;
    }

    public boolean hasDialogues() {
        return dialogues + conferences > 0;
    }

    public boolean hasArticles() {
        return articles > 0;
    }
}
