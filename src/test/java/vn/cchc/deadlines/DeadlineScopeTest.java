package vn.cchc.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.org.Unit;
import vn.cchc.org.UnitKind;
import vn.cchc.shared.NotFoundException;

/** Whose due dates each role sees, on a commune with units 11 and 12 (unit 99 is another commune's). */
class DeadlineScopeTest {

    private static final List<Unit> UNITS = List.of(new Unit(11, 5, "Văn phòng", "VP", UnitKind.OFFICE, false, true),
            new Unit(12, 5, "Văn hóa – Xã hội", "VH", UnitKind.CULTURE_SOCIAL, true, true));
    private static final DeadlineEntry OF_11 = entry(Set.of(11L));
    private static final DeadlineEntry OF_12 = entry(Set.of(12L));

    @Test
    void aUnitsStaffSeeTheirOwnUnitWhateverUnitTheyAskFor() {
        DeadlineScope scope = DeadlineScope.of(user(Role.UNIT_STAFF, 11L), 12L, UNITS);
        assertThat(scope.coordinator()).isFalse();
        assertThat(scope.shows(OF_11)).isTrue();
        assertThat(scope.shows(OF_12)).isFalse();
    }

    @Test
    void aCoordinatorSeesTheWholeCommuneOrTheUnitTheyPick() {
        assertThat(DeadlineScope.of(user(Role.LEADER, null), null, UNITS).shows(OF_11)).isTrue();
        DeadlineScope picked = DeadlineScope.of(user(Role.VIEWER, null), 12L, UNITS);
        assertThat(picked.shows(OF_11)).isFalse();
        assertThat(picked.shows(OF_12)).isTrue();
    }

    @Test
    void anotherCommunesUnitAndAProvinceUserAreNotFound() {
        assertThatThrownBy(() -> DeadlineScope.of(user(Role.STANDING_AGENCY, 12L), 99L, UNITS))
                .isInstanceOf(NotFoundException.class);
        CurrentUser province = new CurrentUser(1, "tinh", null, "Tỉnh", Role.PROVINCE_ADMIN, 3, null, null, true);
        assertThatThrownBy(() -> DeadlineScope.of(province, null, UNITS)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aUnitUserWithoutAUnitSeesNothing() {
        assertThat(DeadlineScope.of(user(Role.UNIT_HEAD, null), null, UNITS).shows(OF_11)).isFalse();
    }

    private static CurrentUser user(Role role, Long unit) {
        return new CurrentUser(1, "u", null, "U", role, 3, 5L, unit, true);
    }

    private static DeadlineEntry entry(Set<Long> units) {
        return new DeadlineEntry(LocalDate.of(2026, 11, 30), DeadlineKind.TASK, "T1", "", false, units, "/tasks/1",
                false, "task-1");
    }
}
