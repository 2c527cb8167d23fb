package vn.cchc.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.cchc.plan.TaskCompletions;

/**
 * Task completion for the plan's pages: a lead unit's occurrence counts as done once a report stating it done
 * (with its completion date) has been accepted by the standing agency.
 */
@Component
class AcceptedCompletions implements TaskCompletions {

    private final StatementRepository repository;

    AcceptedCompletions(StatementRepository repository) {
        this.repository = repository;
    }

    @Override
    public Map<Long, Map<LocalDate, LocalDate>> leadCompletions(long communeId, long planId) {
        Map<Long, Map<LocalDate, LocalDate>> result = new HashMap<>();
        for (StatementRepository.Statement s : repository.acceptedLeadStatements(communeId, planId)) {
            if (s.status().done() && s.occurrenceDue() != null) {
                result.computeIfAbsent(s.taskId(), k -> new HashMap<>()).put(s.occurrenceDue(), s.completedOn());
            }
        }
        return result;
    }
}
