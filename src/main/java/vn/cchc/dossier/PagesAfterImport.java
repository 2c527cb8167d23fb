package vn.cchc.dossier;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.cchc.org.PageVersions;

/** An import finishes on its own thread after its request: the commune's kept pages are renewed when it does. */
@Component
class PagesAfterImport {

    private final PageVersions pages;

    PagesAfterImport(PageVersions pages) {
        this.pages = pages;
    }

    @EventListener
    void imported(LedgerImported event) {
        pages.changed(event.communeId());
    }
}
