package vn.cchc.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator's own security, ahead of the application's: stateless, no session, no login page. Health (status
 * only: UP or DOWN, and the liveness and readiness groups) and info are open, for load balancers and probes; the
 * health details and the Prometheus metrics need the operations token ({@code cchc.ops.token}) as a bearer token.
 * No token configured: they are refused to everyone. A signed-in user of the application is nobody here.
 */
@Configuration(proxyBeanMethods = false)
class OpsSecurity {

    static final String ROLE = "OPS";
    private static final int SHORTEST_TOKEN = 16;

    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http, @Value("${cchc.ops.token:}") String token) throws Exception {
        if (!token.isEmpty() && token.length() < SHORTEST_TOKEN) {
            throw new IllegalStateException("cchc.ops.token (CCHC_OPS_TOKEN) must have at least " + SHORTEST_TOKEN
                    + " characters, or be blank to refuse the metrics to everyone");
        }
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().hasRole(ROLE))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())  // only reads are exposed, and no cookie authenticates here
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerToken(token), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /** Authenticates a request whose {@code Authorization: Bearer} matches the token (compared in constant time). */
    static final class BearerToken extends OncePerRequestFilter {

        private final byte[] token;

        BearerToken(String token) {
            this.token = token.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (token.length > 0 && header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
                var auth = new PreAuthenticatedAuthenticationToken("operations", null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
                SecurityContextHolder.getContext().setAuthentication(auth);
            }
            chain.doFilter(request, response);
        }
    }
}
