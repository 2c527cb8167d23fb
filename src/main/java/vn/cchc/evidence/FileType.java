package vn.cchc.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted as evidence, recognised by their content (magic bytes), not by what the name claims.
 * DOCX and XLSX are ZIP archives told apart by the part every such file has.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ZIP("application/zip", "zip"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<FileType> byExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(ext)).findFirst();
    }

    public static String allowedExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList());
    }

    /** The file input's {@code accept} attribute: ".pdf,.docx,…". */
    public static String acceptAttribute() {
        return String.join(",", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList());
    }

    /** What the bytes are, whatever the name says; empty when it is none of the accepted types. */
    public static Optional<FileType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, n, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        if (startsWith(head, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, n, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, n, 'P', 'K', 3, 4)) {
            return Optional.of(officeKind(file));
        }
        return Optional.empty();
    }

    private static FileType officeKind(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return DOCX;
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return XLSX;
                }
            }
        } catch (IOException | IllegalArgumentException brokenArchive) {
            // A damaged archive is still a ZIP as far as its type goes; it is stored as the user sent it.
        }
        return ZIP;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
