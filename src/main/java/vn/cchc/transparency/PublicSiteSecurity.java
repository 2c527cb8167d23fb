package vn.cchc.transparency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public site's own filter chain, checked before the app's: every page open, no session (nothing to protect, and
 * none is created for a passer-by), no CSRF token (so a lookup form carries no session either), and the app's
 * "nothing may frame us" replaced by the commune's own list of embedding origins. Referrers are never sent, so a
 * dossier code in an address cannot leak to another site.
 */
@Configuration(proxyBeanMethods = false)
class PublicSiteSecurity {

    static final String ROOT = "/cong-khai";

    @Bean
    @Order(1)
    SecurityFilterChain publicSite(HttpSecurity http, PublicSites sites) throws Exception {
        http.securityMatcher(ROOT, ROOT + "/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .logout(logout -> logout.disable())
                .addFilterAfter(PublicSiteSecurity::onlyReadAndPost, HeaderWriterFilter.class)
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                        .addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                                FrameAncestors.contentSecurityPolicy(embedders(request, sites)))));
        return http.build();
    }

    /**
     * The public site reads (GET, HEAD) and takes lookups (POST); any other method is answered 405 here, before
     * Spring MVC would send it through the container's error page.
     */
    private static void onlyReadAndPost(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = ((HttpServletRequest) request).getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("POST")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        http.setHeader("Allow", "GET, HEAD, POST");
        http.setHeader("Cache-Control", "no-store");
        http.setContentType("text/plain;charset=UTF-8");
        http.getWriter().write("405");
    }

    /** The origins the page's commune lets frame it: none for the index pages or an unknown commune. */
    static java.util.List<String> embedders(HttpServletRequest request, PublicSites sites) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        // "", "cong-khai", "{commune code}", ...
        return parts.length > 2 ? sites.published(parts[2]).map(c -> c.site().frameAncestors()).orElse(java.util.List.of())
                : java.util.List.of();
    }
}
