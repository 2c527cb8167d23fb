package vn.cchc.walls;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Which record of a {@link FullCommune} each path variable or id-carrying field names. A name can mean different
 * records on different routes ({@code {id}} is a plan under /plans, a unit under /org/units): the first rule whose
 * route prefix matches wins, so the more specific prefixes come first.
 */
final class RouteIds {

    private record Rule(String prefix, String name, ToLongFunction<FullCommune> id) {
    }

    private static final List<Rule> RULES = List.of(
            // PAR: the open year's criterion A2.2 (office unit), except the province's steps on the submitted half
            rule("/parindex/items/{itemId}/appraise", "itemId", FullCommune::submittedItem),
            rule("/parindex/items/{itemId}/explain", "itemId", FullCommune::submittedItem),
            rule("/parindex/items/", "itemId", FullCommune::openItem),
            rule("/parindex/assessments/{id}/approve", "id", FullCommune::openAssessment),
            rule("/parindex/assessments/", "id", FullCommune::submittedAssessment),
            rule("/parindex/assessments/", "documentId", FullCommune::document),
            rule("/parindex/sets/", "id", FullCommune::draftSet),
            rule("/parindex/sets/", "nodeId", FullCommune::draftNode),
            rule("/progress/reports/", "id", FullCommune::report),
            rule("/progress/reports/", "lines", FullCommune::reportLine),
            rule("/progress/reports/", "focus", FullCommune::reportLine),
            rule("/progress/reports/", "marked", FullCommune::reportLine),
            rule("/progress/tasks/", "taskId", FullCommune::task),
            rule("/progress/tasks/", "documentId", FullCommune::document),
            rule("/survey/templates/", "id", FullCommune::surveyTemplate),
            rule("/registers/initiatives/", "id", FullCommune::initiative),
            rule("/registers/dialogues/", "id", FullCommune::dialogue),
            rule("/registers/propaganda/", "id", FullCommune::article),
            rule("/registers/", "evidenceIds", FullCommune::document),
            rule("/registers/", "documentId", FullCommune::document),
            rule("/registers/", "followUpUnitId", c -> c.people().officeUnit()),
            rule("/plans/import/", "id", FullCommune::importDraft),
            rule("/plans/", "id", FullCommune::plan),
            rule("/tasks/", "id", FullCommune::task),
            rule("/targets/", "id", FullCommune::target),
            rule("/evidence/", "id", FullCommune::document),
            rule("/dossiers/imports/", "id", FullCommune::importJob),
            rule("/dossiers/procedures/", "id", FullCommune::procedure),
            rule("/registers/inspections/plan/", "id", FullCommune::inspectionEntry),
            rule("/registers/inspections/records/", "id", FullCommune::inspectionRecord),
            rule("/registers/inspections/findings/", "id", FullCommune::inspectionFinding),
            rule("/registers/inspections/", "entry", FullCommune::inspectionEntry),
            rule("/pakn/", "id", FullCommune::pakn),
            rule("/survey/responses/", "id", FullCommune::surveyResponse),
            rule("/survey/", "survey", FullCommune::survey),
            rule("/survey/", "point", FullCommune::surveyPoint),
            rule("/survey/", "pointId", FullCommune::surveyPoint),
            rule("/survey/", "form", FullCommune::surveyForm),
            rule("/survey/", "id", FullCommune::survey),
            rule("/khao-sat/", "form", FullCommune::surveyForm),
            rule("/org/units/", "id", c -> c.people().officeUnit()),
            rule("/org/users/", "id", c -> c.people().viewer().id()),
            rule("/org/communes/", "id", FullCommune::id),
            // on any route
            rule("", "planId", FullCommune::plan),
            rule("", "plan", FullCommune::plan),
            rule("", "unit", c -> c.people().officeUnit()),
            rule("", "unitId", c -> c.people().officeUnit()),
            rule("", "leadUnitId", c -> c.people().officeUnit()),
            rule("", "responsibleUnitId", c -> c.people().centreUnit()),
            rule("", "coordinatorUnitIds", c -> c.people().centreUnit()),
            rule("", "tasks", FullCommune::task),
            rule("", "targets", FullCommune::target),
            rule("", "attach", FullCommune::document),
            rule("", "detach", FullCommune::document));

    private RouteIds() {
    }

    private static Rule rule(String prefix, String name, ToLongFunction<FullCommune> id) {
        return new Rule(prefix, name, id);
    }

    /** The id of the record the input names on this route, if it names one. */
    static Optional<Long> of(Route route, String name, FullCommune c) {
        return RULES.stream().filter(r -> r.name().equals(name) && route.pattern().startsWith(r.prefix()))
                .findFirst().map(r -> r.id().applyAsLong(c));
    }
}
