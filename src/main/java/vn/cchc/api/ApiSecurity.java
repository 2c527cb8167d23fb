package vn.cchc.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The machine clients' own filter chain, checked before the app's: it takes /api/v1 requests that present a key
 * (and only those, so the browser's session-authenticated use of /api stays with the app's chain). Stateless: no
 * session, no CSRF (no cookie is trusted), no request cache, no login page; every refusal is problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity implements WebMvcConfigurer {

    @Bean
    @Order(2)
    SecurityFilterChain apiKeyChain(HttpSecurity http, ApiKeys keys, RateLimits limits, ApiProblems problems,
                                ApplicationEventPublisher events,
                                @Value("${cchc.api.max-body-size:20MB}") DataSize maxBody) throws Exception {
        http.securityMatcher(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
                        && ApiKeyFilter.presented(request).isPresent())
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .addFilterBefore(new ApiKeyFilter(keys, limits, problems, events, maxBody.toBytes()),
                        AuthorizationFilter.class)
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, 401, "api.badKey"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, 403, "api.forbidden")));
        return http.build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ScopeCheck()).addPathPatterns("/api/**");
    }
}
