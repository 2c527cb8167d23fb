package vn.cchc.org.sso;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The province's provider as a client registration, read from its discovery document on first use rather than at
 * start-up: the app starts, and form login works, while the provider is out of reach; a failed read is tried again
 * at the next sign-in.
 */
class ProvinceRegistration implements ClientRegistrationRepository {

    /** The provider's discovery document could not be read (the provider is down or the issuer is wrong). */
    static final class Unavailable extends IllegalStateException {
        Unavailable(String issuer, RuntimeException cause) {
            super("OpenID provider configuration not readable from " + issuer, cause);
        }
    }

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    ProvinceRegistration(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return SsoSettings.REGISTRATION.equals(registrationId) ? registration() : null;
    }

    /** The provider's logout endpoint, once its discovery document has been read. */
    Optional<String> endSessionEndpoint() {
        ClientRegistration known = registration;
        if (known == null) {
            return Optional.empty();
        }
        Map<String, Object> metadata = known.getProviderDetails().getConfigurationMetadata();
        return Optional.ofNullable(metadata.get("end_session_endpoint")).map(Object::toString);
    }

    String clientId() {
        return settings.clientId();
    }

    private ClientRegistration registration() {
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(SsoSettings.REGISTRATION)
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(settings.scopes())
                    .userNameAttributeName("sub")
                    .build();
        } catch (RuntimeException e) {
            throw new Unavailable(settings.issuerUri(), e);
        }
    }
}
