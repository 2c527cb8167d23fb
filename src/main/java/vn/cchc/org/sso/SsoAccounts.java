package vn.cchc.org.sso;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;

/**
 * Whom a verified ID token signs in as. An identity already linked, or else an account with the token's username,
 * signs in as that user with the role, commune and unit the app stores: claims never raise them; claims that
 * contradict them (another commune, another province) refuse the sign-in. An unknown user is refused unless
 * provisioning is on, which creates them from the claims within the mapping and the provisioning roles.
 */
class SsoAccounts {

    private final SsoUsers users;
    private final SsoClaims claims;
    private final SsoSettings settings;

    SsoAccounts(SsoUsers users, SsoSettings settings) {
        this.users = users;
        this.claims = new SsoClaims(settings);
        this.settings = settings;
    }

    @Transactional
    public CurrentUser signIn(String issuer, String subject, Map<String, Object> token) {
        long province = users.province(settings.provinceCode()).orElseThrow(SsoRefusal.UNAVAILABLE::exception);
        Optional<Role> role = claims.role(token);
        Optional<SsoUsers.CommuneRef> commune = claimedCommune(token, province);
        claims.province(token).filter(code -> !code.equals(settings.provinceCode())).ifPresent(other -> {
            throw SsoRefusal.OTHER_PROVINCE.exception();
        });
        Optional<Long> linked = users.linked(issuer, subject);
        if (linked.isPresent()) {
            return existing(linked.get(), province, commune);
        }
        String username = claims.username(token);
        Optional<SsoUsers.Account> account = users.byUsername(username);
        if (account.isPresent()) {
            if (account.get().subject() != null) {
                // the account is another identity's (or this person's under another issuer): no silent takeover
                throw SsoRefusal.LINKED_ELSEWHERE.exception();
            }
            CurrentUser user = existing(account.get().id(), province, commune);
            users.link(user.id(), issuer, subject);
            return user;
        }
        if (!settings.provisioning()) {
            throw SsoRefusal.UNKNOWN_USER.exception();
        }
        return provision(issuer, subject, username, token, province, role, commune);
    }

    private CurrentUser existing(long userId, long province, Optional<SsoUsers.CommuneRef> commune) {
        CurrentUser user = users.user(userId);
        if (user.provinceId() != province) {
            throw SsoRefusal.OTHER_PROVINCE.exception();
        }
        if (commune.isPresent() && !Long.valueOf(commune.get().id()).equals(user.communeId())) {
            throw SsoRefusal.MISMATCH.exception();
        }
        if (!user.isEnabled()) {
            throw new DisabledException(SsoRefusal.DISABLED.name());
        }
        return user;
    }

    private CurrentUser provision(String issuer, String subject, String username, Map<String, Object> token,
                                  long province, Optional<Role> claimed, Optional<SsoUsers.CommuneRef> commune) {
        Role role = claimed.orElseThrow(SsoRefusal.UNKNOWN_ROLE::exception);
        if (!settings.provisioningRoles().contains(role)) {
            throw SsoRefusal.NOT_PROVISIONED.exception();
        }
        Long communeId = null;
        Long unitId = null;
        if (!role.provinceLevel()) {
            communeId = commune.orElseThrow(SsoRefusal.UNKNOWN_COMMUNE::exception).id();
            long inCommune = communeId;
            Optional<Long> unit = claims.unit(token).map(u -> users.unit(inCommune, u)
                    .orElseThrow(SsoRefusal.UNKNOWN_UNIT::exception));
            if (role.belongsToUnit() && unit.isEmpty()) {
                throw SsoRefusal.UNKNOWN_UNIT.exception();
            }
            unitId = unit.orElse(null);
        }
        long id = users.insert(username, claims.fullName(token).orElse(username), role, province, communeId, unitId,
                claims.email(token).orElse(null), issuer, subject);
        return users.user(id);
    }

    /** The commune the token names: it must exist and lie in this provider's province. */
    private Optional<SsoUsers.CommuneRef> claimedCommune(Map<String, Object> token, long province) {
        Optional<SsoUsers.CommuneRef> commune = claims.commune(token)
                .map(code -> users.commune(code).orElseThrow(SsoRefusal.UNKNOWN_COMMUNE::exception));
        if (commune.isPresent() && commune.get().provinceId() != province) {
            throw SsoRefusal.OTHER_PROVINCE.exception();
        }
        return commune;
    }
}
