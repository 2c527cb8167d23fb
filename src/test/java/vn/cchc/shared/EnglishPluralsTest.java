package vn.cchc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as English: one task, three tasks, none; grouped thousands in each language's own way. */
class EnglishPluralsTest {

    private final ResourceBundleMessageSource bundles = bundles();

    @Test
    void countsTakeTheSingularForOneAndThePluralOtherwise() {
        assertThat(en("overview.taskCount", 1)).isEqualTo("1 task");
        assertThat(en("overview.taskCount", 3)).isEqualTo("3 tasks");
        assertThat(en("overview.taskCount", 0)).isEqualTo("0 tasks");
        assertThat(en("progress.awaitingReview", 1)).isEqualTo("1 report awaiting review");
        assertThat(en("progress.report.saved", 2)).isEqualTo("Report saved (2 lines changed).");
        assertThat(en("calendar.workingDays", 1)).isEqualTo("1 working day");
        assertThat(en("dossier.import.rowsRead", 1)).isEqualTo("1 row read.");
    }

    @Test
    void largeCountsAreGroupedInTheReadersLanguage() {
        assertThat(en("dossier.list.count", 12345L)).isEqualTo("12,345 dossiers");
        assertThat(bundles.getMessage("dossier.list.count", new Object[] {12345L}, Locale.forLanguageTag("vi")))
                .isEqualTo("12.345 hồ sơ");
    }

    private String en(String key, Object count) {
        return bundles.getMessage(key, new Object[] {count}, Locale.ENGLISH);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(MessageBundleFiles.basenames().toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
