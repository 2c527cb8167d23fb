package vn.cchc.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read access to the organisation for other modules. Unit look-ups never cross the given commune. */
@Service
public class OrgDirectory {

    private final OrgRepository repository;
    private final UserRepository users;

    OrgDirectory(OrgRepository repository, UserRepository users) {
        this.repository = repository;
        this.users = users;
    }

    /**
     * The user as a sign-in would make them, for requests that carry no session but speak for a user (the secret
     * calendar feed); empty once the user is disabled or gone.
     */
    public Optional<CurrentUser> enabledUser(long userId) {
        return users.enabledById(userId);
    }

    public List<Unit> units(long communeId) {
        return repository.units(communeId);
    }

    public List<Unit> activeUnits(long communeId) {
        return repository.units(communeId).stream().filter(Unit::active).toList();
    }

    public Commune commune(long communeId) {
        return repository.commune(communeId).orElseThrow(() -> new vn.cchc.shared.NotFoundException("commune", communeId));
    }

    /** Every province on this instance. */
    public List<Province> provinces() {
        return repository.provinces();
    }

    /** The commune with this official administrative code (unique nationally), if this instance has it. */
    public Optional<Commune> communeByCode(String code) {
        return repository.communeByCode(code);
    }

    public Optional<Province> provinceByCode(String code) {
        return repository.provinceByCode(code);
    }

    /** The province's communes (a province's appraisers and admins work across them). */
    public List<Commune> communesOf(long provinceId) {
        return repository.communesOf(provinceId);
    }

    /** The enabled users who work in a unit (its head, staff, and the standing agency's people): who gets its reminders. */
    public List<Recipient> peopleOf(long communeId, long unitId) {
        return repository.peopleOf(communeId, unitId);
    }

    /** The commune's enabled users with a role (e.g. its leaders). */
    public List<Recipient> withRole(long communeId, Role role) {
        return repository.withRole(communeId, role);
    }

    /** The unit (if any) that is the commune's standing agency for PAR. */
    public Optional<Unit> standingAgency(long communeId) {
        return units(communeId).stream().filter(Unit::standingAgency).findFirst();
    }

    /** The unit if it belongs to the commune; empty for another commune's unit or an unknown id. */
    public Optional<Unit> unit(long communeId, long unitId) {
        return repository.unit(communeId, unitId);
    }
}
