package vn.cchc.registers;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Unit;
import vn.cchc.shared.VietnamTime;

/** What every register page shares: the year asked for (this year by default), the years offered, the units. */
@Component
public class RegisterPages {

    private final Clock clock;
    private final OrgDirectory org;

    RegisterPages(Clock clock, OrgDirectory org) {
        this.clock = clock;
        this.org = org;
    }

    public int year(Integer asked) {
        return asked != null ? asked : VietnamTime.today(clock).getYear();
    }

    /** This year and the four before it, newest first. */
    public List<Integer> years() {
        int now = VietnamTime.today(clock).getYear();
        return IntStream.rangeClosed(0, 4).mapToObj(i -> now - i).toList();
    }

    public List<Unit> units(CurrentUser me) {
        return org.units(me.requireCommune());
    }

    /** The units this user may file an entry for: all active ones for a manager, else their own. */
    public List<Unit> ownUnits(CurrentUser me) {
        return org.activeUnits(me.requireCommune()).stream().filter(u -> RegisterRoles.editsUnit(me, u.id())).toList();
    }
}
