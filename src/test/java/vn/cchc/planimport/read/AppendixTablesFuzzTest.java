package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.DraftTarget;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.LineSpan;
import vn.cchc.planimport.SeedDocuments;
import vn.cchc.planimport.SeedDocuments.Seed;
import vn.cchc.planimport.source.DocxSource;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.TextSource;

/**
 * The table reader never invents: every word of every field it returns is a word of the source lines its span
 * points at; and shuffled or damaged text (lines swapped, dropped, repeated) never makes it fail.
 */
class AppendixTablesFuzzTest {

    @Test
    void everyFieldOfEverySeedItemIsTextOfTheLinesItsSpanCovers() {
        for (Seed seed : Seed.values()) {
            for (SourceDocument document : List.of(TextSource.read(SeedDocuments.text(seed)),
                    DocxSource.read(SeedDocuments.docx(seed)))) {
                assertNothingInvented(document, AppendixTables.read(document, AppendixTablesSeedTest.CONTEXT));
            }
        }
    }

    @Test
    void shuffledDroppedAndRepeatedLinesNeverBreakTheReader() {
        List<String> seedLines = new ArrayList<>();
        for (Seed seed : List.of(Seed.S001, Seed.S002)) {
            seedLines.addAll(Arrays.asList(SeedDocuments.text(seed).split("\n")));
        }
        Random random = new Random(20_251_130L);
        int items = 0;
        for (int round = 0; round < 60; round++) {
            List<String> lines = new ArrayList<>(seedLines);
            for (int change = 0; change < 150; change++) {
                int at = random.nextInt(lines.size() - 1);
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                    case 2 -> lines.set(at, lines.set(at + 1, lines.get(at)));
                    default -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
                }
            }
            SourceDocument document = TextSource.read(String.join("\n", lines));
            TableFindings found = AppendixTables.read(document, AppendixTablesSeedTest.CONTEXT);
            assertNothingInvented(document, found);
            items += found.tasks().size() + found.targets().size();
        }
        assertThat(items).as("the damaged seeds still give items").isGreaterThan(60 * 40);
    }

    private static void assertNothingInvented(SourceDocument document, TableFindings found) {
        for (DraftTask task : found.tasks()) {
            for (String field : Arrays.asList(task.title(), task.product(), task.leadText(), task.coordinatorsText(),
                    task.deadlinePhrase(), task.assignmentNote())) {
                assertWordsIn(document, task.span(), field);
            }
        }
        for (DraftTarget target : found.targets()) {
            assertWordsIn(document, target.span(), target.text());
            assertWordsIn(document, target.span(), target.responsibleText());
        }
    }

    private static void assertWordsIn(SourceDocument document, LineSpan span, String field) {
        assertThat(span.last()).isLessThanOrEqualTo(document.lines().size());
        if (field == null) {
            return;
        }
        Set<String> source = new HashSet<>(words(document.text(span.first(), span.last())));
        assertThat(source).as("%s at %s", field, span).containsAll(words(field));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}%]+")).filter(w -> !w.isEmpty()).toList();
    }
}
