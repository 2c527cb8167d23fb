package vn.cchc.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a generated file: its Vietnamese file name kept (RFC 5987), never sniffed as another type, never cached
 * (a document holds the commune's figures and names). Every document, PDF and package goes out through here.
 */
public final class Downloads {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    /** The headers of a file saved under {@code fileName} ({@code inline}: shown by the browser, e.g. a PDF). */
    static HttpHeaders headers(MediaType type, String fileName, boolean inline) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition((inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("no-store");
        return headers;
    }

    public static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().headers(headers(type, fileName, false)).contentLength(content.length).body(content);
    }

    public static ResponseEntity<byte[]> docx(byte[] content, String fileName) {
        return file(content, DOCX, fileName);
    }

    /** Sets a download's headers on the response, for a body written to it afterwards (a streamed package). */
    static void prepare(HttpServletResponse response, MediaType type, String fileName) {
        headers(type, fileName, false).forEach((name, values) -> response.setHeader(name, values.get(0)));
    }

    /** The same download written straight to the response, for handlers that may also answer with a page. */
    public static void write(HttpServletResponse response, byte[] content, MediaType type, String fileName)
            throws IOException {
        prepare(response, type, fileName);
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
