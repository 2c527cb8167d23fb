package vn.cchc.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded template as the ZIP it is before POI does, so that what POI would choke on or carry to every
 * commune is refused first: more than 25 MB once unpacked or 1,000 parts (a ZIP bomb), macros or other binary
 * parts, links to outside files (linked pictures, OLE objects), and fields that pull outside content in
 * (INCLUDETEXT, INCLUDEPICTURE, LINK, DDE), which LibreOffice on the server would follow when making the PDF.
 */
final class DocxPackageCheck {

    static final long MAX_UNPACKED_BYTES = 25L * 1024 * 1024;
    static final int MAX_PARTS = 1000;
    private static final Pattern EXTERNAL = Pattern.compile(
            "<Relationship\\b[^>]*TargetMode=\"External\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile(
            "(?:instr=\"|<w:instrText[^>]*>)\\s*(INCLUDETEXT|INCLUDEPICTURE|LINK|DDEAUTO|DDE|IMPORT)\\b",
            Pattern.CASE_INSENSITIVE);

    private DocxPackageCheck() {
    }

    static List<TemplateProblem> check(byte[] content) {
        Set<String> problems = new LinkedHashSet<>();
        boolean document = false;
        boolean contentTypes = false;
        long unpacked = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    return List.of(TemplateProblem.of("tooBig"));
                }
                String name = entry.getName();
                document |= name.equals("word/document.xml");
                contentTypes |= name.equals("[Content_Types].xml");
                byte[] part = read(zip, MAX_UNPACKED_BYTES - unpacked);
                if (part == null) {
                    return List.of(TemplateProblem.of("tooBig"));
                }
                unpacked += part.length;
                inspect(name, part, problems);
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of(TemplateProblem.of("notDocx"));
        }
        if (!document || !contentTypes) {
            return List.of(TemplateProblem.of("notDocx"));
        }
        List<TemplateProblem> found = new ArrayList<>();
        problems.forEach(p -> found.add(TemplateProblem.of(p.substring(0, p.indexOf(' ')),
                p.substring(p.indexOf(' ') + 1))));
        return found;
    }

    private static void inspect(String name, byte[] part, Set<String> problems) {
        if (name.endsWith(".bin") || name.contains("vbaProject") || name.contains("activeX")) {
            problems.add("binaryPart " + name);
            return;
        }
        if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
            return;
        }
        String xml = new String(part, StandardCharsets.UTF_8);
        if (name.endsWith(".rels")) {
            Matcher m = EXTERNAL.matcher(xml);
            while (m.find()) {
                if (!m.group().contains("/hyperlink\"")) {
                    problems.add("externalLink " + name);
                }
            }
        } else {
            Matcher m = FIELD.matcher(xml);
            while (m.find()) {
                problems.add("field " + m.group(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    /** The part's bytes, or null when it would pass the unpacked limit. */
    private static byte[] read(InputStream in, long allowed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + (long) n > allowed) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
