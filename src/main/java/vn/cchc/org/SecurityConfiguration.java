package vn.cchc.org;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.org.sso.SsoLogin;

/**
 * Form login with BCrypt behind the login throttle, CSRF on, security headers, sessions that end when their user's
 * security stamp changes; the JSON API answers 401 instead of redirecting to the login page. Open without sign-in:
 * the login page, static files, and reading a calendar feed by its secret address.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Scripts only from the app itself (no inline script or handler: htmx and the app's JS are files under /assets
     * and /webjars); inline style attributes stay allowed because Bootstrap and htmx set them. Nothing may frame the
     * app, and forms post only to it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain web(HttpSecurity http, UserRepository users, ObjectProvider<SsoLogin> sso) throws Exception {
        SsoLogin ssoLogin = sso.getIfAvailable();
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = paths.matcher("/api/**");
        RequestMatcher staticFiles = new OrRequestMatcher(paths.matcher("/webjars/**"), paths.matcher("/assets/**"));
        // a calendar app cannot log in: the feed's secret address is its key, and only reading it is open
        RequestMatcher calendarFeed = paths.matcher(HttpMethod.GET, "/ical/*");
        // the citizens' survey form behind a QR code: anonymous by design; it carries no session to protect, so no
        // CSRF token (which would open a session per passer-by) — a signed served-at stamp guards it instead
        RequestMatcher publicSurvey = paths.matcher("/khao-sat/**");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(staticFiles).permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers(calendarFeed).permitAll()
                        .requestMatchers(publicSurvey).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new StrictCsrfTokenHandler()).ignoringRequestMatchers(publicSurvey))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ssoLogin == null ? CONTENT_SECURITY_POLICY
                                : ssoLogin.contentSecurityPolicy(CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .addFilterBefore(new SecurityStampFilter(users, api, staticFiles), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api));
        // Issue 20: sign-in through the province's OIDC provider, only when one is configured (docs/sso.md)
        if (ssoLogin != null) {
            ssoLogin.configure(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The only way to log in (as a bean, Spring Boot adds no default user of its own). */
    @Bean
    AuthenticationManager authenticationManager(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle,
                                                AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(
                username -> users.byUsername(username).orElseThrow(() -> new UsernameNotFoundException(username)));
        passwordCheck.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(new ThrottledAuthentication(passwordCheck, throttle));
        manager.setAuthenticationEventPublisher(events); // logins and failures reach the audit log
        return manager;
    }
}
