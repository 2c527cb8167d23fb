package vn.cchc.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat refuses a multipart file name holding a NUL byte by throwing from the first parameter read, which happens
 * inside the security filters (the CSRF check) where no handler can catch it: that was a 500. The parts are read
 * here first, before security (and after the request's encoding is set to UTF-8), and such a request answers 400
 * with its own message.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the UTF-8 encoding filter: parts are decoded when first read
class UnreadableMultipartFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
            try {
                request.getParameterNames();
            } catch (InvalidFileNameException e) {
                request.setAttribute("problem", "upload.badName");
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
