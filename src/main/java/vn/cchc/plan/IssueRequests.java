package vn.cchc.plan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;

/**
 * "Trình Chủ tịch ban hành": the drafters (plan editors) send a draft plan to the chairman, who issues it through
 * {@link PlanService#changeStatus}. A draft has at most one open request; sending again replaces it, withdrawing or
 * issuing ends it. The chairmen hear of it through {@link PlanIssueRequested}.
 */
@Service
public class IssueRequests {

    static final int NOTE_MAX = 1000;

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final IssueRequestRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueRequests(PlanService plans, PlanRepository planRepository, IssueRequestRepository repository,
                  ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void send(CurrentUser user, long planId, String note) {
        Plan plan = draftToSend(user, planId);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw InvalidInput.of("note", "plan.issueRequest.noteTooLong", NOTE_MAX);
        }
        repository.save(plan.communeId(), planId, user.id(), clock.instant(), text);
        events.publishEvent(new PlanIssueRequested(plan.communeId(), planId, plan.title(),
                repository.find(plan.communeId(), planId).orElseThrow()));
    }

    @Transactional
    public void withdraw(CurrentUser user, long planId) {
        Plan plan = draftToSend(user, planId);
        if (!repository.delete(plan.communeId(), planId)) {
            throw InvalidInput.of(null, "plan.issueRequest.none");
        }
    }

    /** The plan's open request, for anyone who may see the plan. */
    public Optional<IssueRequest> of(Plan plan) {
        return repository.find(plan.communeId(), plan.id());
    }

    /** A request with its plan, for the chairman's list of what awaits him. */
    public record Waiting(Plan plan, IssueRequest request) {
    }

    /** The commune's draft plans waiting to be issued, oldest request first; none for who may not see drafts. */
    public List<Waiting> waiting(CurrentUser user) {
        long communeId = user.requireCommune();
        if (!user.seesDraftPlans()) {
            return List.of();
        }
        Map<Long, Plan> byId = planRepository.plans(communeId).stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        return repository.open(communeId).stream().map(r -> new Waiting(byId.get(r.planId()), r)).toList();
    }

    private Plan draftToSend(CurrentUser user, long planId) {
        if (!user.canEditPlans()) {
            throw new AccessDeniedException("plan issue request");
        }
        Plan plan = plans.plan(user, planId);
        if (plan.status() != PlanStatus.DRAFT) {
            throw InvalidInput.of(null, "plan.issueRequest.notDraft");
        }
        return plan;
    }
}
