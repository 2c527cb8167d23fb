package vn.cchc.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read access to the organisation for other modules. Unit look-ups never cross the given commune. */
@Service
public class OrgDirectory {

    private final OrgRepository repository;

    OrgDirectory(OrgRepository repository) {
        this.repository = repository;
    }

    public List<Unit> units(long communeId) {
        return repository.units(communeId);
    }

    public List<Unit> activeUnits(long communeId) {
        return repository.units(communeId).stream().filter(Unit::active).toList();
    }

    /** The unit if it belongs to the commune; empty for another commune's unit or an unknown id. */
    public Optional<Unit> unit(long communeId, long unitId) {
        return repository.unit(communeId, unitId);
    }
}
