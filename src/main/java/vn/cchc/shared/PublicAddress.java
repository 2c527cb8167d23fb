package vn.cchc.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address citizens reach the app at, for links printed or pasted elsewhere (survey QR posters, the public
 * site's iframe snippet): {@code cchc.public-base-url} when the app sits behind a proxy, else the one the current
 * request was made to.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${cchc.public-base-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    /** The full address of a path of the app (starting with "/"). */
    public String of(String path) {
        String base = configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : configured;
        return base + path;
    }
}
