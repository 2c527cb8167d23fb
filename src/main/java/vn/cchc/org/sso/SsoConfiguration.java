package vn.cchc.org.sso;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The single sign-on beans, only when an issuer is configured (docs/sso.md). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${cchc.sso.issuer-uri:}'.isBlank()")
class SsoConfiguration {

    @Bean
    ProvinceRegistration provinceRegistration(SsoSettings settings) {
        if (settings.clientId() == null || settings.clientId().isBlank()
                || settings.provinceCode() == null || settings.provinceCode().isBlank()) {
            throw new IllegalStateException(
                    "cchc.sso.issuer-uri is set: cchc.sso.client-id and cchc.sso.province-code are needed too");
        }
        return new ProvinceRegistration(settings);
    }

    @Bean
    SsoAccounts ssoAccounts(JdbcClient jdbc, SsoSettings settings) {
        return new SsoAccounts(new SsoUsers(jdbc), settings);
    }

    @Bean
    SsoLogin ssoLogin(ProvinceRegistration registration, SsoAccounts accounts, SsoSettings settings) {
        return new SsoLogin(registration, new SsoUserService(accounts), settings);
    }
}
