package vn.cchc.org;

import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;

/** Changes to communes, units and users, with their rules. */
@Service
class OrgService {

    private final OrgRepository org;
    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    OrgService(OrgRepository org, UserRepository users, PasswordEncoder passwords, LoginThrottle throttle) {
        this.org = org;
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    // --- units ---

    @Transactional
    long addUnit(CurrentUser me, String name, String shortName, UnitKind kind) {
        long communeId = communeAdmin(me);
        validateUnit(communeId, name, shortName, kind, null);
        return org.insertUnit(communeId, name.strip(), shortName.strip(), kind);
    }

    @Transactional
    void updateUnit(CurrentUser me, long unitId, String name, String shortName, UnitKind kind, boolean active) {
        long communeId = communeAdmin(me);
        unit(communeId, unitId);
        validateUnit(communeId, name, shortName, kind, unitId);
        org.updateUnit(communeId, unitId, name.strip(), shortName.strip(), kind, active);
    }

    @Transactional
    void makeStandingAgency(CurrentUser me, long unitId) {
        long communeId = communeAdmin(me);
        unit(communeId, unitId);
        org.makeStandingAgency(communeId, unitId);
    }

    Unit unit(long communeId, long unitId) {
        return org.unit(communeId, unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private void validateUnit(long communeId, String name, String shortName, UnitKind kind, Long exceptId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (name == null || name.isBlank()) {
            problems.add("name", "validation.required");
        } else if (name.length() > 200) {
            problems.add("name", "validation.tooLong", 200);
        } else if (org.unitNameTaken(communeId, name.strip(), exceptId)) {
            problems.add("name", "org.unit.nameTaken", name.strip());
        }
        if (shortName == null || shortName.isBlank()) {
            problems.add("shortName", "validation.required");
        } else if (shortName.length() > 40) {
            problems.add("shortName", "validation.tooLong", 40);
        }
        if (kind == null) {
            problems.add("kind", "validation.required");
        }
        problems.throwIfAny();
    }

    // --- users ---

    @Transactional
    long addUser(CurrentUser me, String username, String fullName, Role role, Long unitId, String password,
                 String email) {
        long communeId = communeAdmin(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{3,60}")) {
            problems.add("username", "org.user.username.invalid");
        } else if (users.usernameTaken(username.strip())) {
            problems.add("username", "org.user.username.taken", username.strip());
        }
        if (fullName == null || fullName.isBlank()) {
            problems.add("fullName", "validation.required");
        } else if (fullName.length() > 200) {
            problems.add("fullName", "validation.tooLong", 200);
        }
        checkRoleAndUnit(communeId, role, unitId, problems);
        checkPassword(password, problems);
        String mail = checkEmail(email, problems);
        problems.throwIfAny();
        return users.insert(username.strip(), passwords.encode(password), fullName.strip(), role, me.provinceId(),
                communeId, unitId, mail);
    }

    /**
     * Gives a user of the admin's commune another role or unit, checked like a new user's. The admin may not change
     * their own (the commune could be left without an admin). The row's trigger bumps the security stamp, so the
     * user's open sessions end and the next login carries the new rights.
     */
    @Transactional
    void changeRole(CurrentUser me, long userId, Role role, Long unitId) {
        long communeId = communeAdmin(me);
        if (users.ofCommune(communeId, userId).isEmpty()) {
            throw new NotFoundException("user", userId);
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (userId == me.id()) {
            problems.add("role", "org.user.selfRole");
        }
        checkRoleAndUnit(communeId, role, unitId, problems);
        problems.throwIfAny();
        users.setRoleAndUnit(communeId, userId, role, unitId);
    }

    /** A commune role; a unit-bound one needs a unit, and any unit given must be one of this commune. */
    private void checkRoleAndUnit(long communeId, Role role, Long unitId, InvalidInput.Collector problems) {
        if (role == null || role.provinceLevel()) {
            problems.add("role", "org.user.role.invalid");
        } else if (role.belongsToUnit() && unitId == null) {
            problems.add("unitId", "org.user.unit.required");
        }
        if (unitId != null && org.unit(communeId, unitId).isEmpty()) {
            problems.add("unitId", "plan.unit.unknown");
        }
    }

    /** Sets or clears the e-mail address reminders go to. */
    void setEmail(CurrentUser me, long userId, String email) {
        long communeId = communeAdmin(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String mail = checkEmail(email, problems);
        problems.throwIfAny();
        if (users.setEmail(communeId, userId, mail) == 0) {
            throw new vn.cchc.shared.NotFoundException("user", userId);
        }
    }

    private static String checkEmail(String email, InvalidInput.Collector problems) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String mail = email.strip();
        if (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("email", "org.user.email.invalid", mail);
        }
        return mail;
    }

    /** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
    private static void checkPassword(String password, InvalidInput.Collector problems) {
        if (password == null || password.length() < 8) {
            problems.add("password", "org.user.password.short", 8);
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            problems.add("password", "validation.tooLong", 72);
        }
    }

    /** The admin's reset is also the unlock of an account that wrong passwords (perhaps an attacker's) locked. */
    @Transactional
    void resetPassword(CurrentUser me, long userId, String password) {
        long communeId = communeAdmin(me);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkPassword(password, problems);
        problems.throwIfAny();
        if (users.setPassword(communeId, userId, passwords.encode(password)) == 0) {
            throw new NotFoundException("user", userId);
        }
        throttle.unlock(userId);
    }

    /** Enabling a user also unlocks their account, like a password reset. */
    @Transactional
    void setUserEnabled(CurrentUser me, long userId, boolean enabled) {
        long communeId = communeAdmin(me);
        if (userId == me.id()) {
            throw InvalidInput.of(null, "org.user.self");
        }
        if (users.setEnabled(communeId, userId, enabled) == 0) {
            throw new NotFoundException("user", userId);
        }
        if (enabled) {
            throttle.unlock(userId);
        }
    }

    // --- communes (province admin) ---

    @Transactional
    long addCommune(CurrentUser me, String code, String name, Commune.Kind kind, LocalDate validFrom) {
        long provinceId = provinceAdmin(me);
        validateCommune(code, name, kind, null, validFrom, null);
        return org.insertCommune(provinceId, code.strip(), name.strip(), kind, validFrom);
    }

    @Transactional
    void updateCommune(CurrentUser me, long id, String code, String name, Commune.Kind kind, LocalDate validFrom,
                       LocalDate validTo) {
        long provinceId = provinceAdmin(me);
        validateCommune(code, name, kind, id, validFrom, validTo);
        if (org.updateCommune(provinceId, id, code.strip(), name.strip(), kind, validFrom, validTo) == 0) {
            throw new NotFoundException("commune", id);
        }
    }

    private void validateCommune(String code, String name, Commune.Kind kind, Long exceptId, LocalDate validFrom,
                                 LocalDate validTo) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (code == null || !code.strip().matches("\\d{5}")) {
            problems.add("code", "org.commune.code.invalid");
        } else if (org.communeCodeTaken(code.strip(), exceptId)) {
            problems.add("code", "org.commune.code.taken", code.strip());
        }
        if (name == null || name.isBlank()) {
            problems.add("name", "validation.required");
        } else if (name.length() > 200) {
            problems.add("name", "validation.tooLong", 200);
        }
        if (kind == null) {
            problems.add("kind", "validation.required");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add("validTo", "org.commune.validTo.beforeFrom");
        }
        problems.throwIfAny();
    }

    private static long communeAdmin(CurrentUser me) {
        if (me.role() != Role.COMMUNE_ADMIN) {
            throw new AccessDeniedException("organisation");
        }
        return me.requireCommune();
    }

    /**
     * The commune whose units and users this user manages, for the pages: province users have no commune (404),
     * other commune roles may not (403).
     */
    static long managedCommune(CurrentUser me) {
        long communeId = me.requireCommune();
        if (!me.canManageCommune()) {
            throw new AccessDeniedException("organisation");
        }
        return communeId;
    }

    static long provinceAdmin(CurrentUser me) {
        if (me.role() != Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("communes");
        }
        return me.provinceId();
    }
}
