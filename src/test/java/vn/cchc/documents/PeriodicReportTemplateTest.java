package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shipped template of the periodic report passes the checks an uploaded one must pass, and is described. */
class PeriodicReportTemplateTest {

    @Test
    void theDefaultTemplatePassesTheUploadChecks() {
        assertThat(TemplateInspector.inspect(DocumentKind.PERIODIC_REPORT,
                DefaultTemplates.of(DocumentKind.PERIODIC_REPORT))).isEmpty();
    }

    @Test
    void everyPlaceholderOfTheReportIsDescribedInBothLanguages() throws IOException {
        TemplateVocabulary v = DocumentKind.PERIODIC_REPORT.vocabulary();
        Set<String> names = new TreeSet<>(v.fieldNames());
        names.addAll(v.rowLoops().keySet());
        names.addAll(v.blocks().keySet());
        for (String bundle : List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = new ArrayList<>(names.stream()
                    .filter(n -> !messages.containsKey("documents.ph." + n)).toList());
            assertThat(missing).as(bundle).isEmpty();
        }
    }
}
