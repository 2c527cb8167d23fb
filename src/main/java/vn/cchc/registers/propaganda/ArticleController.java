package vn.cchc.registers.propaganda;

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
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.registers.RegisterPages;
import vn.cchc.registers.RegisterRoles;
import vn.cchc.shared.FormSubmission;

@Controller
class ArticleController {

    private final ArticleService articles;
    private final RegisterPages pages;
    private final EvidenceService evidence;

    ArticleController(ArticleService articles, RegisterPages pages, EvidenceService evidence) {
        this.articles = articles;
        this.pages = pages;
        this.evidence = evidence;
    }

    @GetMapping("/registers/propaganda")
    String list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Long unit, Model model) {
        int y = pages.year(year);
        model.addAttribute("year", y);
        model.addAttribute("unit", unit);
        model.addAttribute("years", pages.years());
        model.addAttribute("units", pages.units(me));
        model.addAttribute("articles", articles.list(me, y, unit));
        model.addAttribute("canAdd", RegisterRoles.addsForOwnUnit(me));
        return "registers/articles";
    }

    @GetMapping("/registers/propaganda/new")
    String newForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        articles.requireAdder(me);
        ArticleForm form = new ArticleForm();
        form.setUnitId(me.unitId());
        return form(me, model, form, null);
    }

    @PostMapping("/registers/propaganda")
    String create(@AuthenticationPrincipal CurrentUser me, @ModelAttribute("form") ArticleForm form,
                  BindingResult binding, Model model, HttpServletResponse response) {
        articles.requireAdder(me);
        return FormSubmission.submit(binding, response, () -> {
            articles.create(me, form);
            return "redirect:/registers/propaganda?year=" + form.getPublishedOn().getYear();
        }, () -> form(me, model, form, null));
    }

    @GetMapping("/registers/propaganda/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        Article a = articles.toEdit(me, id);
        return form(me, model, ArticleForm.of(a), a);
    }

    @PostMapping("/registers/propaganda/{id}")
    String update(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                  @ModelAttribute("form") ArticleForm form, BindingResult binding, Model model,
                  HttpServletResponse response) {
        Article a = articles.toEdit(me, id);
        return FormSubmission.submit(binding, response, () -> {
            articles.update(me, id, form);
            return "redirect:/registers/propaganda?year=" + form.getPublishedOn().getYear();
        }, () -> form(me, model, form, a));
    }

    private String form(CurrentUser me, Model model, ArticleForm form, Article article) {
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("units", pages.ownUnits(me));
        model.addAttribute("channels", Article.Channel.values());
        model.addAttribute("library", evidence.library(me, null, null));
        return "registers/article-form";
    }
}
