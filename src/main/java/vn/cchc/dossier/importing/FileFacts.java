package vn.cchc.dossier.importing;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.cchc.dossier.procedures.ProcedureCatalogue;

/**
 * What the import learns about a file while it writes its rows, so that no query has to read a million staged rows
 * again for it: the units it names, the procedures the catalogue lacks (with the first name and field given for
 * each), the earliest receipt and the latest receipt or end.
 */
final class FileFacts {

    final Set<Long> unitIds = new HashSet<>();
    final Map<String, ProcedureCatalogue.Unknown> unknownProcedures = new LinkedHashMap<>();
    Instant firstReceived;
    Instant lastMoment;

    void unit(Long unitId) {
        if (unitId != null) {
            unitIds.add(unitId);
        }
    }

    void unknownProcedure(String code, String name, String field) {
        unknownProcedures.putIfAbsent(code, new ProcedureCatalogue.Unknown(code, name.isEmpty() ? code : name, field));
    }

    void moments(Instant received, Instant end) {
        if (firstReceived == null || received.isBefore(firstReceived)) {
            firstReceived = received;
        }
        Instant last = end != null && end.isAfter(received) ? end : received;
        if (lastMoment == null || last.isAfter(lastMoment)) {
            lastMoment = last;
        }
    }
}
