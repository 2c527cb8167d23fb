package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped template of the periodic report passes the checks an uploaded one must pass. */
class PeriodicReportTemplateTest {

    @Test
    void theDefaultTemplatePassesTheUploadChecks() {
        assertThat(TemplateInspector.inspect(DocumentKind.PERIODIC_REPORT,
                DefaultTemplates.of(DocumentKind.PERIODIC_REPORT))).isEmpty();
    }
}
