package vn.cchc.dossier.timeliness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a dossier's pauses: "S 2026-01-13T03:00:00Z/2026-01-14T03:00:00Z;O 2026-…/" (open: no end). */
public final class PauseText {

    private PauseText() {
    }

    public static String format(List<Pause> pauses) {
        StringBuilder out = new StringBuilder();
        for (Pause p : pauses) {
            if (!out.isEmpty()) {
                out.append(';');
            }
            out.append(p.kind() == Pause.Kind.SUPPLEMENT ? 'S' : 'O').append(' ').append(p.start()).append('/');
            if (p.end() != null) {
                out.append(p.end());
            }
        }
        return out.toString();
    }

    public static List<Pause> parse(String text) {
        List<Pause> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            String[] range = part.substring(2).split("/", -1);
            out.add(new Pause(part.charAt(0) == 'S' ? Pause.Kind.SUPPLEMENT : Pause.Kind.OTHER, Instant.parse(range[0]),
                    range[1].isEmpty() ? null : Instant.parse(range[1])));
        }
        return out;
    }
}
