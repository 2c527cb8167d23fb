package vn.cchc.planimport.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.planimport.DraftTask;
import vn.cchc.planimport.SeedDocuments;
import vn.cchc.shared.SearchText;

/**
 * Scores the tasks read from a seed's appendix against its hand transcription: found (same area and number),
 * exact deadline phrase (whitespace collapsed), and right lead — the first unit the lead text names carries the
 * words of the transcription's unit ("VH-XH" is "văn hóa", whatever else the commune calls it).
 */
record SeedTableScore(int expected, int found, int exactDeadline, int rightLead, int sameTitle, List<String> misses) {

    private static final Map<String, String> UNIT_WORDS = Map.of("VH-XH", "van hoa", "VP HĐND-UBND", "van phong",
            "TTPVHCC", "trung tam", "KT-HT-ĐT", "kinh te", "Tổ KTCV", "to kiem tra", "ĐVSN", "su nghiep");

    static SeedTableScore of(String tsv, List<DraftTask> tasks) {
        Map<String, DraftTask> byKey = new HashMap<>();
        for (DraftTask task : tasks) {
            byKey.putIfAbsent(task.areaCode() + "." + task.code(), task);
        }
        List<String[]> rows = SeedDocuments.tsv(tsv);
        int found = 0;
        int deadline = 0;
        int lead = 0;
        int title = 0;
        List<String> misses = new java.util.ArrayList<>();
        for (String[] row : rows) {
            String number = row[1].startsWith(row[0] + ".") ? row[1].substring(row[0].length() + 1) : row[1];
            DraftTask task = byKey.get(row[0] + "." + number);
            if (task == null) {
                misses.add(row[1] + " not found");
                continue;
            }
            found++;
            title += squash(row[2]).equals(squash(task.title()).replaceAll("\\.$", "")) ? 1 : 0;
            if (squash(row[4]).equals(squash(task.deadlinePhrase()))) {
                deadline++;
            } else {
                misses.add(row[1] + " deadline «" + task.deadlinePhrase() + "»");
            }
            // seed 002 rows 16–19 name "các cơ quan, đơn vị" as lead; the transcription puts the following unit there
            boolean writtenAsAll = row[7].startsWith("Theo kế hoạch: chủ trì là các cơ quan");
            if (rightLead(row[5], task.leadText()) || writtenAsAll && SearchText.fold(String.valueOf(task.leadText()))
                    .startsWith("cac co quan")) {
                lead++;
            } else {
                misses.add(row[1] + " lead " + row[5] + " «" + task.leadText() + "»");
            }
        }
        return new SeedTableScore(rows.size(), found, deadline, lead, title, misses);
    }

    static boolean rightLead(String shortName, String leadText) {
        if (leadText == null) {
            return false;
        }
        String first = leadText.strip().replaceFirst("^[-+•]\\s*", "").split(";|\\s-\\s|\\n")[0];
        return SearchText.fold(first).contains(UNIT_WORDS.get(shortName));
    }

    double share(int count) {
        return expected == 0 ? 0 : (double) count / expected;
    }

    String line(String name) {
        return String.format("%s: found %d/%d, exact deadline %d, right lead %d (title as transcribed %d)", name, found,
                expected, exactDeadline, rightLead, sameTitle);
    }

    private static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
