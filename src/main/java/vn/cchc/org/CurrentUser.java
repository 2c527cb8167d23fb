package vn.cchc.org;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.cchc.shared.NotFoundException;

/**
 * The logged-in user and their tenant. Every query of a commune's data takes {@link #communeId()} from here,
 * never from the request.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final Role role;
    private final long provinceId;
    private final Long communeId;
    private final Long unitId;
    private final boolean enabled;
    private final long securityStamp;

    /** A user whose security stamp is still the one it was created with (0): demo data and test fixtures. */
    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role, long provinceId,
                       Long communeId, Long unitId, boolean enabled) {
        this(id, username, passwordHash, fullName, role, provinceId, communeId, unitId, enabled, 0);
    }

    public CurrentUser(long id, String username, String passwordHash, String fullName, Role role, long provinceId,
                       Long communeId, Long unitId, boolean enabled, long securityStamp) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = role;
        this.provinceId = provinceId;
        this.communeId = communeId;
        this.unitId = unitId;
        this.enabled = enabled;
        this.securityStamp = securityStamp;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public long provinceId() {
        return provinceId;
    }

    public Long communeId() {
        return communeId;
    }

    public Long unitId() {
        return unitId;
    }

    /** The user's security stamp when this session logged in; the session ends once the stored one differs. */
    public long securityStamp() {
        return securityStamp;
    }

    /** The commune whose data this user works on; province users have none and get 404 on commune pages. */
    public long requireCommune() {
        if (communeId == null) {
            throw new NotFoundException("commune of user", username);
        }
        return communeId;
    }

    public boolean hasCommune() {
        return communeId != null;
    }

    /** The commune's units and users (with their e-mail addresses) are the commune admin's to manage. */
    public boolean canManageCommune() {
        return role == Role.COMMUNE_ADMIN;
    }

    /** The commune's public site settings (publishing, embedding, contacts): its admin and standing agency. */
    public boolean canEditPublicSite() {
        return communeId != null && (role == Role.COMMUNE_ADMIN || role == Role.STANDING_AGENCY);
    }

    public boolean canEditPlans() {
        return role == Role.COMMUNE_ADMIN || role == Role.STANDING_AGENCY;
    }

    public boolean canChangePlanStatus() {
        return role == Role.COMMUNE_ADMIN || role == Role.LEADER;
    }

    /** Draft plans are shown to those who act on them: their editors and the chairman who issues them. */
    public boolean seesDraftPlans() {
        return canEditPlans() || role == Role.LEADER;
    }

    public boolean canEditCalendar() {
        return role == Role.PROVINCE_ADMIN;
    }

    /** Coordinators see the whole commune's overview; unit users start from their own tasks. */
    public boolean coordinates() {
        return role == Role.COMMUNE_ADMIN || role == Role.LEADER || role == Role.STANDING_AGENCY || role == Role.VIEWER;
    }

    /** Filing a unit's progress report: the unit's own head and staff (the standing agency for its own unit too). */
    public boolean canReportFor(long reportingUnitId) {
        return role.belongsToUnit() && unitId != null && unitId == reportingUnitId;
    }

    /** Accepting or returning units' reports: the standing agency and the commune admin. */
    public boolean canReviewReports() {
        return role == Role.COMMUNE_ADMIN || role == Role.STANDING_AGENCY;
    }

    /** Making the commune's official documents: the standing agency drafts, the chairman signs, the admin helps. */
    public boolean canMakeDocuments() {
        return communeId != null
                && (role == Role.STANDING_AGENCY || role == Role.LEADER || role == Role.COMMUNE_ADMIN);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
