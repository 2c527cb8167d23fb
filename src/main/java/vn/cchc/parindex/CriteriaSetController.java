package vn.cchc.parindex;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.UnitKind;
import vn.cchc.shared.FormSubmission;
import vn.cchc.shared.XlsxTable;

/** The province's criteria sets: list, import, example, tree, node edits, publish, new version, export. */
@Controller
class CriteriaSetController {

    private final CriteriaSets sets;

    CriteriaSetController(CriteriaSets sets) {
        this.sets = sets;
    }

    @GetMapping("/parindex/sets")
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("sets", sets.sets(me));
        model.addAttribute("canManage", CriteriaSets.mayManage(me));
        return "parindex/sets";
    }

    @PostMapping("/parindex/sets/import")
    String importFile(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) MultipartFile file,
                      Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw CriteriaImportRefused.of("parindex.import.empty");
            }
            long id = sets.importFile(me, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "parindex.set.imported");
            return "redirect:/parindex/sets/" + id;
        } catch (CriteriaImportRefused e) {
            response.setStatus(422);
            model.addAttribute("importProblems", e.problems());
            model.addAttribute("importedName", file == null ? "" : vn.cchc.shared.FileNames.sanitise(file.getOriginalFilename()));
            return list(me, model);
        }
    }

    @PostMapping("/parindex/sets/example")
    String example(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        long id = sets.loadExample(me);
        redirect.addFlashAttribute("notice", "parindex.set.imported");
        return "redirect:/parindex/sets/" + id;
    }

    @GetMapping("/parindex/sets/{id}")
    String tree(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        CriteriaSet set = sets.set(me, id);
        model.addAttribute("set", set);
        model.addAttribute("tree", sets.tree(set));
        model.addAttribute("canManage", CriteriaSets.mayManage(me));
        return "parindex/set";
    }

    @GetMapping("/parindex/sets/{id}/export.json")
    void json(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        CriteriaDraft draft = sets.draftOf(me, id);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", XlsxTable.contentDisposition(fileName(draft, "json")));
        CriteriaFiles.writeJson(draft, response.getOutputStream());
    }

    @GetMapping("/parindex/sets/{id}/export.xlsx")
    void xlsx(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        CriteriaDraft draft = sets.draftOf(me, id);
        response.setContentType(XlsxTable.CONTENT_TYPE);
        response.setHeader("Content-Disposition", XlsxTable.contentDisposition(fileName(draft, "xlsx")));
        CriteriaFiles.writeXlsx(draft, response.getOutputStream());
    }

    private String fileName(CriteriaDraft draft, String extension) {
        return "bo-tieu-chi-" + draft.code() + "." + extension;
    }

    @PostMapping("/parindex/sets/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        sets.publish(me, id);
        redirect.addFlashAttribute("notice", "parindex.set.published");
        return "redirect:/parindex/sets/" + id;
    }

    @PostMapping("/parindex/sets/{id}/new-version")
    String newVersion(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        long copy = sets.newVersion(me, id);
        redirect.addFlashAttribute("notice", "parindex.set.copied");
        return "redirect:/parindex/sets/" + copy;
    }

    @PostMapping("/parindex/sets/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
        sets.deleteDraft(me, id);
        redirect.addFlashAttribute("notice", "parindex.set.deleted");
        return "redirect:/parindex/sets";
    }

    @GetMapping("/parindex/sets/{id}/nodes/{nodeId}")
    String nodeForm(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long nodeId,
                    Model model) {
        CriteriaSet set = sets.draft(me, id);
        CriteriaNode node = node(set, nodeId);
        NodeForm form = new NodeForm();
        form.setTitle(node.title());
        form.setMaxPoints(node.maxPoints());
        form.setEvidence(node.evidenceRequired());
        form.setUnitKind(node.unitKind());
        form.setRule(node.rule());
        model.addAttribute("form", form);
        return nodePage(set, node, model);
    }

    @PostMapping("/parindex/sets/{id}/nodes/{nodeId}")
    String saveNode(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long nodeId,
                    @ModelAttribute("form") NodeForm form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        CriteriaSet set = sets.set(me, id);
        CriteriaNode node = node(set, nodeId);
        return FormSubmission.submit(binding, response, () -> {
            sets.editNode(me, id, nodeId, form);
            redirect.addFlashAttribute("notice", "parindex.node.saved");
            return "redirect:/parindex/sets/" + id + "#node-" + nodeId;
        }, () -> nodePage(set, node, model));
    }

    private CriteriaNode node(CriteriaSet set, long nodeId) {
        return sets.tree(set).nodes().stream().filter(n -> n.id() == nodeId).findFirst()
                .orElseThrow(() -> new vn.cchc.shared.NotFoundException("criterion", nodeId));
    }

    private String nodePage(CriteriaSet set, CriteriaNode node, Model model) {
        model.addAttribute("set", set);
        model.addAttribute("node", node);
        model.addAttribute("unitKinds", UnitKind.values());
        return "parindex/node-form";
    }
}
