package vn.cchc.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names inside the evidence ZIP. Vietnamese letters are folded to ASCII ("Báo cáo" → "Bao cao"): Windows Explorer's
 * built-in ZIP reader shows non-ASCII names garbled on many installed versions (it ignores the UTF-8 flag or reads
 * the OEM code page), while plain ASCII opens the same everywhere; the index sheet keeps the full Vietnamese title.
 * Characters Windows forbids in names, control characters, and trailing dots and spaces are replaced; reserved device
 * names get a leading underscore; the name is capped so a folder path stays far below Windows' 260-character limit.
 */
final class ZipNames {

    static final int MAX_NAME = 90;
    private static final Pattern FORBIDDEN = Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[1-9]|lpt[1-9])(\\..*)?");

    private final Set<String> taken = new HashSet<>();

    /** A folder name from a criterion code ("A2.2"). */
    static String folder(String criterionCode) {
        String name = clean(criterionCode, MAX_NAME);
        return name.isEmpty() ? "_" : name;
    }

    /** "12-BC-UBND_2026-03-05_Bao cao ket qua.pdf" from a document's number, date, title and stored file name. */
    static String file(String number, LocalDate date, String title, String storedFileName) {
        String extension = extension(storedFileName);
        StringBuilder base = new StringBuilder();
        if (number != null && !number.isBlank()) {
            base.append(number.strip().replace('/', '-')).append('_');
        }
        if (date != null) {
            base.append(date).append('_');
        }
        base.append(title == null || title.isBlank() ? "tai-lieu" : title.strip());
        String name = clean(base.toString(), MAX_NAME - extension.length());
        return (name.isEmpty() ? "tai-lieu" : name) + extension;
    }

    /** The name, or "name (2).ext", "name (3).ext"… when the folder already holds it (Windows ignores case). */
    String unique(String folder, String name) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int n = 2; !taken.add((folder + "/" + candidate).toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")" + extension;
        }
        return candidate;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    private static String clean(String text, int max) {
        String folded = FORBIDDEN.matcher(fold(text)).replaceAll("-").replaceAll("[^\\x20-\\x7E]", "_")
                .replaceAll("\\s+", " ").strip();
        if (folded.length() > max) {
            folded = folded.substring(0, max);
        }
        folded = folded.replaceAll("[. ]+$", "");
        return RESERVED.matcher(folded).matches() ? "_" + folded : folded;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String extension = fold(fileName.substring(dot)).toLowerCase(Locale.ROOT).replaceAll("[^.a-z0-9]", "");
        return extension.length() > 10 ? "" : extension;
    }
}
