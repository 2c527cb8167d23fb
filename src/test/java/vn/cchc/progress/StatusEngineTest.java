package vn.cchc.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.calendar.PeriodType;
import vn.cchc.plan.Plan;
import vn.cchc.plan.PlanQueries;
import vn.cchc.plan.TaskStatus;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.Plans;

/** Occurrences per unit with their own due dates and states, computed by hand from the deadline rules. */
@IntegrationTest
class StatusEngineTest {

    @Autowired Fixture fixture;
    @Autowired Plans plans;
    @Autowired PlanQueries queries;
    @Autowired Obligations obligations;

    Fixture.Commune c;
    Plan plan;

    @BeforeEach
    void plan() {
        c = fixture.commune();
        long id = plans.issuedPlan(c.standingAgency(), "2025", PeriodType.QUARTER);
        plans.task(c.standingAgency(), id, "M", "Định kỳ hàng tháng (mỗi tháng tối thiểu 1 bài/ 1 đơn vị)", c.centreUnit());
        plans.task(c.standingAgency(), id, "F", "Trước ngày 10/10/2025", c.cultureUnit(), c.centreUnit());
        plans.task(c.standingAgency(), id, "H", "Ngày 06/05/2025", c.officeUnit(), c.centreUnit());
        plans.task(c.standingAgency(), id, "X", "Theo Kế hoạch của tỉnh", c.officeUnit());
        plans.task(c.standingAgency(), id, "E", "Chậm nhất 02 ngày làm việc từ khi văn bản trả lời PAKN được ban hành",
                c.officeUnit());
        plan = queries.plan(c.id(), id).orElseThrow();
    }

    private List<Obligation> of(String code, LocalDate today) {
        return obligations.of(plan, today).stream().filter(o -> o.taskCode().equals(code)).toList();
    }

    @Test
    void aMonthlyTaskOwesTwelveOccurrencesDueAtEachMonthsEndWithItsQuantity() {
        List<Obligation> monthly = of("M", LocalDate.of(2025, 3, 10));
        assertThat(monthly).hasSize(12).allMatch(o -> o.requiredQuantity() == 1 && o.unitId() == c.centreUnit());
        assertThat(monthly).extracting(Obligation::due).startsWith(LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 31)).endsWith(LocalDate.of(2025, 12, 31));
        assertThat(monthly).extracting(Obligation::status).startsWith(TaskStatus.OVERDUE, TaskStatus.OVERDUE,
                TaskStatus.UPCOMING); // 31/03 is 21 days after 10/03
    }

    @Test
    void aCoordinatorsInputIsDueFiveWorkingDaysBeforeTheLeads() {
        List<Obligation> f = of("F", LocalDate.of(2025, 10, 3));
        Obligation lead = f.stream().filter(o -> o.role() == ObligationRole.LEAD).findFirst().orElseThrow();
        Obligation input = f.stream().filter(o -> o.role() == ObligationRole.COORDINATOR).findFirst().orElseThrow();
        // "Trước ngày 10/10/2025": the lead owes it on Thursday 09/10; five working days earlier is Thursday 02/10.
        assertThat(lead.due()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(input.due()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(input.occurrenceDue()).isEqualTo(lead.due());
        assertThat(lead.status()).isEqualTo(TaskStatus.DUE_SOON);   // 6 days ahead, within 7
        assertThat(input.status()).isEqualTo(TaskStatus.OVERDUE);   // 02/10 has passed
    }

    @Test
    void theCoordinatorsWorkingDaysSkipTheWeekendAndTheLabourDayHolidays() {
        Obligation input = of("H", LocalDate.of(2025, 4, 1)).stream()
                .filter(o -> o.role() == ObligationRole.COORDINATOR).findFirst().orElseThrow();
        // 06/05/2025 (Tue) back five working days: 05/05, 02/05 (30/04 and 01/05 are holidays), 29/04, 28/04, 25/04.
        assertThat(input.due()).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void externalAndEventDrivenTasksWaitWithoutADueDate() {
        assertThat(of("X", LocalDate.of(2025, 6, 1))).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(TaskStatus.AWAITING);
            assertThat(o.due()).isNull();
        });
        assertThat(of("E", LocalDate.of(2025, 6, 1))).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(TaskStatus.EVENT_DRIVEN));
    }

    @Test
    void dueSoonMeansWithinSevenDays() {
        assertThat(of("F", LocalDate.of(2025, 10, 2)).get(0).status()).isEqualTo(TaskStatus.DUE_SOON); // 7 days
        assertThat(of("F", LocalDate.of(2025, 10, 1)).get(0).status()).isEqualTo(TaskStatus.UPCOMING); // 8 days
        assertThat(of("F", LocalDate.of(2025, 10, 9)).get(0).status()).isEqualTo(TaskStatus.DUE_SOON); // the day itself
        assertThat(of("F", LocalDate.of(2025, 10, 10)).get(0).status()).isEqualTo(TaskStatus.OVERDUE);
    }
}
