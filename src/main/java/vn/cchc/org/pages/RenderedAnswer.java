package vn.cchc.org.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer as a page renders it, held back so that it can be kept. Remembers a redirect or an error sent
 * instead: Tomcat does not commit those at once, and such an answer is neither kept nor written again.
 */
final class RenderedAnswer extends ContentCachingResponseWrapper {

    private boolean sentOtherwise;

    RenderedAnswer(HttpServletResponse response) {
        super(response);
    }

    boolean sentOtherwise() {
        return sentOtherwise;
    }

    @Override
    public void sendError(int status) throws IOException {
        sentOtherwise = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        sentOtherwise = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        sentOtherwise = true;
        super.sendRedirect(location);
    }
}
