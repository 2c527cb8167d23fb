package vn.cchc.transparency;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import vn.cchc.shared.VietnamTime;

/**
 * The commune's service figures for a year, as charts with their tables: monthly one-stop rates, the 766 score and
 * citizen satisfaction. The page is tagged by the data stamp, the year and the 10-minute bucket, so a repeat within
 * the bucket with nothing imported is a 304 without any computing.
 */
@Controller
@PublicSitePage
class PublicFiguresController {

    private final PublicSites sites;
    private final PublicPages pages;
    private final PublicFiguresCache figures;
    private final FigureCharts charts;
    private final Clock clock;

    PublicFiguresController(PublicSites sites, PublicPages pages, PublicFiguresCache figures, FigureCharts charts,
                            Clock clock) {
        this.sites = sites;
        this.pages = pages;
        this.figures = figures;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping(PublicSiteSecurity.ROOT + "/{communeCode}/chi-so")
    String page(@PathVariable String communeCode, @RequestParam(name = "nam", required = false) String nam,
                ServletWebRequest request, Model model) {
        PublicCommune site = PublicSiteController.commune(sites, communeCode);
        int year = FigureYears.parse(nam, VietnamTime.today(clock).getYear());
        long bucket = FigureYears.bucket(clock.instant());
        if (pages.unchangedSince(request, site, FigureYears.bucketStart(bucket), "chi-so", year, bucket)) {
            return null;
        }
        PublicFigures f = figures.of(site, year, bucket);
        model.addAttribute("site", site);
        model.addAttribute("section", "chi-so");
        model.addAttribute("updated", pages.stamp(site));
        model.addAttribute("f", f);
        model.addAttribute("monthsChart", charts.months(f));
        model.addAttribute("scoreChart", charts.score(f));
        model.addAttribute("satisfactionChart", charts.satisfaction(f));
        return "transparency/figures";
    }
}
