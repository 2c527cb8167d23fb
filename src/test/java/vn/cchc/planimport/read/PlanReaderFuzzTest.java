package vn.cchc.planimport.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.source.SourceDocument;
import vn.cchc.planimport.source.SourceLine;

/**
 * 2,000 random and mutated documents (seed excerpts with lines dropped, swapped, cut or garbled, and noise made of
 * the characters plans use): the reader never throws, every span it returns lies inside the document, and the
 * whole run stays within a bound.
 */
class PlanReaderFuzzTest {

    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệốồổỗộớờởỡợúùủũụứừửữựíìỉĩịýỳỷỹỵ"
            + "ĐÁÂÊÔƠƯ0123456789 .,;:-–/%()≥≤<>&\t\"“”IVX";
    private static final String[] FRAGMENTS = {"I. ", "1. ", "1.1. ", "a) ", "- ", "Cơ quan chủ trì: ", "Thời gian thực hiện: ",
            "đạt tối thiểu ", "trên ", "99,9%", "ít nhất 02 ", "trước ngày 31/12/2025", "KẾ HOẠCH", "TỔ CHỨC THỰC HIỆN",
            "MỤC TIÊU", "Phụ lục", "Lĩnh vực ", "Phòng VH-XH", "các phòng, ban chuyên môn", "ngày 12 tháng 9 năm 2025",
            "Số: 45/KH-UBND", "ỦY BAN NHÂN DÂN", "XÃ ", "6 tháng đầu năm ", "%%%", "999999999999%", "1.1.1.1.1.1."};

    @Test
    void randomAndMutatedTextNeverBreaksTheReader() {
        Random random = new Random(20251130L);
        List<List<String>> seeds = List.of(lines(SeedProseTest.SEED_001), lines(SeedProseTest.SEED_002),
                lines(SeedProseTest.SEED_003));
        long started = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            List<String> text = i % 2 == 0 ? mutate(seeds.get(random.nextInt(3)), random) : noise(random);
            SourceDocument doc = document(text);
            ImportDraft draft = PlanReader.read(doc, SeedProseTest.DEMO);
            int lines = doc.lines().size();
            assertThat(draft.tasks()).allMatch(t -> t.span().last() <= lines);
            assertThat(draft.targets()).allMatch(t -> t.span().last() <= lines);
            assertThat(draft.dates()).allMatch(t -> t.span().last() <= lines);
            assertThat(draft.tasks()).extracting(DraftTask::title).allMatch(t -> t != null && !t.isBlank());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    private static List<String> lines(String seed) {
        return PastedText.seed(seed).lines().stream().map(SourceLine::text).toList();
    }

    private static List<String> mutate(List<String> seed, Random random) {
        int from = random.nextInt(seed.size());
        int to = Math.min(seed.size(), from + 20 + random.nextInt(300));
        List<String> out = new ArrayList<>(seed.subList(from, to));
        int edits = random.nextInt(30);
        for (int e = 0; e < edits && !out.isEmpty(); e++) {
            int at = random.nextInt(out.size());
            String line = out.get(at);
            switch (random.nextInt(5)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, out.get(random.nextInt(out.size())));
                case 2 -> out.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 3 -> out.set(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)] + line);
                default -> out.set(at, garble(line, random));
            }
        }
        return out;
    }

    private static List<String> noise(Random random) {
        List<String> out = new ArrayList<>();
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            StringBuilder line = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    line.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                } else {
                    for (int c = random.nextInt(40); c > 0; c--) {
                        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    private static String garble(String line, Random random) {
        StringBuilder sb = new StringBuilder(line);
        for (int k = random.nextInt(5); k > 0 && !sb.isEmpty(); k--) {
            sb.setCharAt(random.nextInt(sb.length()), ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static SourceDocument document(List<String> text) {
        return PastedText.of(String.join("\n", text));
    }
}
