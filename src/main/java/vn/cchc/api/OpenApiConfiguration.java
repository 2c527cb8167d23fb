package vn.cchc.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI 3 document of the key endpoints (/v3/api-docs, Swagger UI at /swagger-ui.html): each operation carries
 * the scope it needs, the key as its security, and the problem+json answers every key request may get. The document
 * and the UI are public: they describe the API and hold no commune's data.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "apiKey";
    private static final String PROBLEM = "application/problem+json";

    @Bean
    OpenAPI cchcApi() {
        return new OpenAPI()
                .info(new Info().title("cchc API").version("v1")
                        .description("Dữ liệu cải cách hành chính của một xã/phường cho hệ thống khác. Mỗi khóa API "
                                + "thuộc một xã và chỉ đọc/ghi dữ liệu của xã đó. Lỗi (RFC 9457) bằng tiếng Việt; gửi "
                                + "`Accept-Language: en` để nhận tiếng Anh. Xem docs/api.md."))
                .components(new Components()
                        .addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Authorization: Bearer cchc_xxxxxxxx_… (hoặc X-API-Key)"))
                        .addSchemas("Problem", problemSchema()));
    }

    /** Each key operation: its scope in the description and security, and the refusals the chain may answer. */
    @Bean
    OperationCustomizer scopesAndProblems() {
        return (operation, handler) -> {
            RequiresScope scope = handler.getMethodAnnotation(RequiresScope.class);
            if (scope == null) {
                return operation;
            }
            String code = scope.value().code();
            operation.addSecurityItem(new SecurityRequirement().addList(SCHEME, List.of(code)));
            String description = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(description + "Quyền (scope): `" + code + "`");
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            Map.of("400", "Tham số sai", "401", "Thiếu khóa, khóa sai hoặc đã thu hồi",
                            "403", "Khóa không có quyền " + code, "404", "Không tìm thấy (hoặc của xã khác)",
                            "429", "Vượt giới hạn tần suất; xem Retry-After")
                    .forEach((status, text) -> responses.putIfAbsent(status, problem(text)));
            // every refusal, documented here or on the method (413, 422), is problem+json
            responses.forEach((status, response) -> {
                if (status.startsWith("4")) {
                    response.setContent(problem(response.getDescription()).getContent());
                }
            });
            operation.setResponses(responses);
            return operation;
        };
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> error = new ObjectSchema().description("Một dòng hoặc trường bị từ chối")
                .addProperty("row", new IntegerSchema()).addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema()).addProperty("code", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error))
                .required(List.of("title", "status", "detail", "code"));
    }

    /** The document and the UI are open to anyone, stateless; the rest of the app keeps its own chain. */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocuments(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
