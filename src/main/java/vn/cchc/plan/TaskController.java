package vn.cchc.plan;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.shared.FormSubmission;

/** Task pages and the live deadline preview. */
@Controller
class TaskController {

    private final PlanService plans;
    private final PlanQueries queries;
    private final OrgDirectory org;

    TaskController(PlanService plans, PlanQueries queries, OrgDirectory org) {
        this.plans = plans;
        this.queries = queries;
        this.org = org;
    }

    @GetMapping("/tasks/{id}")
    String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Task task = plans.task(me, id);
        Plan plan = plans.plan(me, task.planId());
        model.addAttribute("plan", plan);
        model.addAttribute("view", queries.view(plan, task));
        model.addAttribute("result", plans.describeDeadline(plan, task.deadlineRule()));
        model.addAttribute("reading", plans.beforeReading(plan));
        model.addAttribute("readsDifferently", plans.deadlineReadsDifferentlyNow(plan, task));
        model.addAttribute("area", queries.areas().stream().filter(a -> a.code().equals(task.areaCode())).findFirst().orElse(null));
        return "plan/task";
    }

    @GetMapping("/plans/{planId}/tasks/new")
    String newTask(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                   @RequestParam(required = false) String area, Model model) {
        Plan plan = plans.planToEdit(me, planId);
        TaskForm form = new TaskForm();
        form.setAreaCode(area);
        return form(model, plan, form, null);
    }

    @PostMapping("/plans/{planId}/tasks")
    String create(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                  @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Plan plan = plans.plan(me, planId);
        return FormSubmission.submit(binding, response,
                () -> "redirect:/plans/" + planId + "#task-" + plans.addTask(me, planId, form),
                () -> form(model, plan, form, null));
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Task task = plans.task(me, id);
        return form(model, plans.planToEdit(me, task.planId()), TaskForm.of(task), task);
    }

    @PostMapping("/tasks/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @ModelAttribute("form") TaskForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        Task task = plans.task(me, id);
        Plan plan = plans.plan(me, task.planId());
        return FormSubmission.submit(binding, response, () -> {
            plans.updateTask(me, id, form);
            return "redirect:/tasks/" + id;
        }, () -> form(model, plan, form, task));
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return "redirect:/plans/" + plans.deleteTask(me, id);
    }

    /** htmx: what the typed deadline phrase means, with its concrete due dates. */
    @GetMapping("/plans/{planId}/deadline-preview")
    String preview(@AuthenticationPrincipal CurrentUser me, @PathVariable long planId,
                   @RequestParam(defaultValue = "") String deadlinePhrase, Model model) {
        Plan plan = plans.plan(me, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("result", plans.parseDeadline(plan, deadlinePhrase));
        model.addAttribute("reading", plans.beforeReading(plan));
        model.addAttribute("phrase", deadlinePhrase);
        return "plan/deadline-preview :: preview";
    }

    private String form(Model model, Plan plan, TaskForm form, Task task) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("task", task);
        model.addAttribute("areas", queries.areas());
        model.addAttribute("units", org.activeUnits(plan.communeId()));
        model.addAttribute("reading", plans.beforeReading(plan));
        if (form.getDeadlinePhrase() != null && !form.getDeadlinePhrase().isBlank()) {
            model.addAttribute("result", plans.parseDeadline(plan, form.getDeadlinePhrase()));
            model.addAttribute("phrase", form.getDeadlinePhrase());
        }
        return "plan/task-form";
    }
}
