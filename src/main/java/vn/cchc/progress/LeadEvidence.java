package vn.cchc.progress;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.PlanService;
import vn.cchc.plan.Task;
import vn.cchc.shared.NotFoundException;

/**
 * The evidence the lead unit attached to its lines of a task, for the units that coordinate the task: they may read
 * those documents (and only those of another unit), so that they can see what the lead has already done.
 */
@Component
class LeadEvidence {

    private final JdbcClient jdbc;
    private final EvidenceService evidence;
    private final PlanService plans;

    LeadEvidence(JdbcClient jdbc, EvidenceService evidence, PlanService plans) {
        this.jdbc = jdbc;
        this.evidence = evidence;
        this.plans = plans;
    }

    /** The lead's documents per task, for these tasks of a commune. */
    Map<Long, List<EvidenceDocument>> ofTasks(long communeId, Collection<Long> taskIds) {
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                        select distinct i.task_id, e.document_id from unit_report_item_evidence e
                        join unit_report_item i on i.id = e.item_id and i.commune_id = e.commune_id
                        where e.commune_id = :commune and i.role = 'LEAD' and i.task_id in (:tasks)
                        order by i.task_id, e.document_id""")
                .param("commune", communeId).param("tasks", taskIds)
                .query(rs -> {
                    ids.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Set<Long> all = ids.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<Long, EvidenceDocument> docs = evidence.documents(communeId, all).stream()
                .collect(Collectors.toMap(EvidenceDocument::id, Function.identity()));
        Map<Long, List<EvidenceDocument>> result = new LinkedHashMap<>();
        ids.forEach((task, list) -> result.put(task, list.stream().map(docs::get).toList()));
        return result;
    }

    /**
     * A lead's document of a task, for a user who may read it: someone who oversees the commune's work, or someone
     * of the task's lead or coordinating units. Another commune's task is not found, nor is a document the lead did
     * not attach to the task; a unit that has no part in the task is refused.
     */
    EvidenceService.Download open(CurrentUser user, long taskId, long documentId) {
        long communeId = user.requireCommune();
        Task task = plans.task(user, taskId);
        boolean ofTheTask = user.unitId() != null
                && (task.leadUnitId() == user.unitId() || task.coordinatorUnitIds().contains(user.unitId()));
        if (!user.coordinates() && !ofTheTask) {
            throw new AccessDeniedException("evidence of a task the unit has no part in");
        }
        if (ofTasks(communeId, List.of(taskId)).getOrDefault(taskId, List.of()).stream()
                .noneMatch(d -> d.id() == documentId)) {
            throw new NotFoundException("lead evidence", documentId);
        }
        return evidence.openCited(communeId, documentId);
    }
}
