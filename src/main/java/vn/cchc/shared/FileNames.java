package vn.cchc.shared;

import java.text.Normalizer;

/**
 * Makes a client-supplied file name safe to keep and to send back: only the last path segment survives
 * ("../../etc/passwd.pdf" → "passwd.pdf"), control and reserved characters become "_", leading dots go, and the
 * length is capped; bidirectional controls are dropped ({@link CleanText}). The name is metadata only: files are stored under their checksum.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 150;

    private FileNames() {
    }

    public static String sanitise(String original) {
        if (original == null) {
            return "";
        }
        String name = CleanText.clean(Normalizer.normalize(original, Normalizer.Form.NFC));
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        }
        String clean = out.toString().strip().replaceFirst("^\\.+", "");
        if (clean.length() > MAX_LENGTH) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 6 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return clean;
    }

    /** The name without its extension, as a default title. */
    public static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
