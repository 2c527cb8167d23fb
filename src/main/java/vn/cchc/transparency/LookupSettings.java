package vn.cchc.transparency;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dossier lookup's limits, each a setting ({@code cchc.public.lookup.*}). An address is shared by a whole office
 * or a mobile carrier's gateway, so its limit is generous; a code belongs to one citizen, who needs few tries.
 */
@Configuration
class LookupSettings {

    @Bean
    LookupLimits lookupLimits(Clock clock,
                              @Value("${cchc.public.lookup.per-address:30}") int perAddress,
                              @Value("${cchc.public.lookup.address-window:10m}") Duration addressWindow,
                              @Value("${cchc.public.lookup.failures-per-code:5}") int failuresPerCode,
                              @Value("${cchc.public.lookup.code-window:1h}") Duration codeWindow,
                              @Value("${cchc.public.lookup.max-keys:100000}") int maxKeys) {
        // The application's clock drives the windows, so tests can move time.
        return new LookupLimits(perAddress, addressWindow, failuresPerCode, codeWindow, maxKeys,
                () -> clock.millis() * 1_000_000L);
    }
}
