package vn.cchc.registers.dialogue;

import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/** Keeps the dialogues: the standing agency and the commune admin record them; everyone of the commune reads. */
@Service
public class DialogueService {

    private final DialogueRepository repository;
    private final OrgDirectory org;
    private final Clock clock;

    DialogueService(DialogueRepository repository, OrgDirectory org, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.clock = clock;
    }

    public List<Dialogue> list(CurrentUser me, int year) {
        return repository.ofYear(me.requireCommune(), year);
    }

    public Dialogue get(CurrentUser me, long id) {
        return repository.find(me.requireCommune(), id).orElseThrow(() -> new NotFoundException("dialogue", id));
    }

    public void requireKeeper(CurrentUser me) {
        if (!RegisterRoles.managesAll(me)) {
            throw new AccessDeniedException("keep dialogues");
        }
    }

    public long create(CurrentUser me, DialogueForm f) {
        requireKeeper(me);
        check(me, f);
        return repository.insert(me.requireCommune(), f);
    }

    public void update(CurrentUser me, long id, DialogueForm f) {
        requireKeeper(me);
        get(me, id);
        check(me, f);
        repository.update(me.requireCommune(), id, f);
    }

    private void check(CurrentUser me, DialogueForm f) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        DialogueRules.check(f, VietnamTime.today(clock), problems);
        if (f.getFollowUpUnitId() != null && org.unit(me.requireCommune(), f.getFollowUpUnitId()).isEmpty()) {
            problems.add("followUpUnitId", "registers.unit.unknown");
        }
        problems.throwIfAny();
    }
}
