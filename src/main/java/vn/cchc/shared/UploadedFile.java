package vn.cchc.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file a user sent, as services see it: its name as given, its declared size and a way to read it. Controllers
 * make one from the request's part, so no service depends on the web layer's {@code MultipartFile}.
 */
public record UploadedFile(String originalName, long size, Content content) {

    /** Opens the bytes; each call reads from the start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** The part a form sent, or null when the form had no file field or the user chose no file. */
    public static UploadedFile from(MultipartFile part) {
        if (part == null || part.isEmpty() && (part.getOriginalFilename() == null
                || part.getOriginalFilename().isBlank())) {
            return null;
        }
        return new UploadedFile(part.getOriginalFilename(), part.getSize(), part::getInputStream);
    }

    /** Bytes already in memory (demo data, tests). */
    public static UploadedFile of(String originalName, byte[] bytes) {
        return new UploadedFile(originalName, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** All the bytes; callers check {@link #size()} against their limit first. */
    public byte[] bytes() {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
