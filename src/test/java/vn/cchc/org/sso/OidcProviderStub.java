package vn.cchc.org.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An OpenID Connect provider in the test JVM on a free loopback port, laid out like a Keycloak realm: discovery,
 * authorization (signs in at once as the claims given to {@link #nextLogin}), token (checks the client's secret and
 * the code, returns an RS256 ID token), JWKS and logout. mock-oauth2-server was tried first: it needs
 * oauth2-oidc-sdk 11 where Spring Security 6.5 uses 9.43, so it cannot share the classpath (docs/sso.md).
 */
final class OidcProviderStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Pending(Map<String, Object> claims, String nonce, String redirectUri) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Pending> codes = new ConcurrentHashMap<>();
    private volatile Map<String, Object> nextClaims = Map.of();

    private OidcProviderStub(String clientId, String clientSecret) throws IOException, JOSEException {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.key = new RSAKeyGenerator(2048).keyID("stub").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/tinh/.well-known/openid-configuration", ex -> json(ex, 200, discovery()));
        server.createContext("/realms/tinh/protocol/openid-connect/auth", this::authorize);
        server.createContext("/realms/tinh/protocol/openid-connect/token", this::token);
        server.createContext("/realms/tinh/protocol/openid-connect/certs",
                ex -> json(ex, 200, new JWKSet(key.toPublicJWK()).toJSONObject()));
        server.start();
    }

    static OidcProviderStub start(String clientId, String clientSecret) {
        try {
            return new OidcProviderStub(clientId, clientSecret);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/tinh";
    }

    String endSession() {
        return issuer() + "/protocol/openid-connect/logout";
    }

    /** The person who signs in at the next authorization request: "sub" and whatever claims the test chooses. */
    void nextLogin(Map<String, Object> claims) {
        nextClaims = Map.copyOf(claims);
    }

    private Map<String, Object> discovery() {
        String base = issuer() + "/protocol/openid-connect";
        return Map.of("issuer", issuer(), "authorization_endpoint", base + "/auth", "token_endpoint", base + "/token",
                "jwks_uri", base + "/certs", "end_session_endpoint", base + "/logout",
                "response_types_supported", List.of("code"), "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "scopes_supported", List.of("openid", "profile", "email"));
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> query = form(ex.getRequestURI().getRawQuery());
        if (!clientId.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            json(ex, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Pending(nextClaims, query.get("nonce"), query.get("redirect_uri")));
        ex.getResponseHeaders().add("Location", UriComponentsBuilder.fromUriString(query.get("redirect_uri"))
                .queryParam("code", code).queryParam("state", query.get("state")).encode().build().toUriString());
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Pending login = codes.remove(String.valueOf(body.get("code")));
        if (!basic.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            json(ex, 401, Map.of("error", "invalid_client"));
        } else if (login == null || !login.redirectUri().equals(body.get("redirect_uri"))) {
            json(ex, 400, Map.of("error", "invalid_grant"));
        } else {
            json(ex, 200, Map.of("access_token", UUID.randomUUID().toString(), "token_type", "Bearer",
                    "expires_in", 300, "id_token", idToken(login)));
        }
    }

    private String idToken(Pending login) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(clientId)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", login.nonce());
        login.claims().forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void json(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
