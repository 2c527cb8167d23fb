package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.cchc.shared.SearchText;

/**
 * Recognises an appendix table's header by its words, not by position: "Nhiệm vụ", "Nội dung" are the task;
 * "Sản phẩm", "Kết quả" the product; "Tiến độ", "Thời gian", "Thời hạn" the deadline; "Chủ trì", "Phối hợp" the
 * units; "Phân công và cách thức thực hiện" a free-text assignment; "Chỉ tiêu" and "Chỉ tiêu phấn đấu" a target
 * and its threshold. Longer phrases win over the words inside them ("Thời gian thực hiện" is a deadline, not an
 * executing unit).
 */
final class TableHeader {

    private record Phrase(String folded, TableColumn column) {
    }

    private static final List<Phrase> PHRASES = phrases(
            "số thứ tự=NUMBER", "stt=NUMBER", "tt=NUMBER",
            "chỉ tiêu phấn đấu=THRESHOLD", "mục tiêu phấn đấu=THRESHOLD", "kết quả phấn đấu=THRESHOLD",
            "giá trị chỉ tiêu=THRESHOLD", "chỉ tiêu năm=THRESHOLD", "mức phấn đấu=THRESHOLD",
            "tên chỉ tiêu=INDICATOR", "chỉ tiêu thành phần=INDICATOR", "chỉ tiêu=INDICATOR",
            "nội dung nhiệm vụ=TITLE", "tên nhiệm vụ=TITLE", "nhiệm vụ=TITLE", "nội dung công việc=TITLE",
            "nội dung=TITLE", "công việc=TITLE",
            "hoạt động sản phẩm=PRODUCT", "sản phẩm=PRODUCT", "kết quả=PRODUCT", "hình thức văn bản=PRODUCT",
            "thời gian thực hiện=DEADLINE", "thời gian hoàn thành=DEADLINE", "thời gian=DEADLINE", "tiến độ=DEADLINE",
            "thời hạn=DEADLINE", "thời điểm=DEADLINE",
            "cơ quan chủ trì=LEAD", "đơn vị chủ trì=LEAD", "chủ trì=LEAD", "cơ quan phối hợp=COORDINATORS",
            "đơn vị phối hợp=COORDINATORS", "phối hợp=COORDINATORS",
            "phân công và cách thức thực hiện=ASSIGNMENT", "cách thức thực hiện=ASSIGNMENT",
            "phân công thực hiện=ASSIGNMENT", "phân công=ASSIGNMENT", "trách nhiệm thực hiện=ASSIGNMENT",
            "đơn vị theo dõi=RESPONSIBLE", "cơ quan theo dõi=RESPONSIBLE", "đơn vị thực hiện=EXECUTING",
            "cơ quan thực hiện=EXECUTING", "ghi chú=NOTE");

    /** Words a header line is made of, so a header wrapped over several PDF lines can be put back together. */
    private static final Set<String> HEADER_WORDS = Set.of("stt", "tt", "so", "thu", "tu", "chi", "tieu", "phan",
            "dau", "nam", "thanh", "ten", "noi", "dung", "nhiem", "vu", "cong", "viec", "hoat", "dong", "san", "pham",
            "ket", "qua", "thoi", "gian", "han", "tien", "do", "diem", "hoan", "thuc", "hien", "co", "quan", "don", "vi",
            "chu", "tri", "phoi", "hop", "va", "cach", "trach", "cu", "the", "theo", "doi", "huong", "dan", "ghi",
            "muc", "gia", "hinh", "ban", "ve");

    private TableHeader() {
    }

    /** The columns a header's cells name, one per cell (UNKNOWN for a cell naming none). */
    static List<TableColumn> ofCells(List<String> cells) {
        List<TableColumn> columns = new ArrayList<>();
        for (String cell : cells) {
            List<TableColumn> named = inOrder(cell);
            columns.add(named.isEmpty() ? TableColumn.UNKNOWN : named.get(0));
        }
        return columns;
    }

    /** The columns a header text names, in the order it names them, each once. */
    static List<TableColumn> inOrder(String header) {
        String folded = " " + SearchText.fold(header).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        boolean[] taken = new boolean[folded.length()];
        record Found(int at, TableColumn column) {
        }
        List<Found> found = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            String needle = " " + phrase.folded() + " ";
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                if (!anyTaken(taken, at + 1, at + needle.length() - 1)) {
                    java.util.Arrays.fill(taken, at + 1, at + needle.length() - 1, true);
                    found.add(new Found(at, phrase.column()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::at));
        List<TableColumn> columns = new ArrayList<>();
        for (Found f : found) {
            if (!columns.contains(f.column())) {
                columns.add(f.column());
            }
        }
        return columns;
    }

    /** True when the text names a task or target table's columns: a title or indicator and one more column. */
    static boolean isHeader(List<TableColumn> columns) {
        boolean subject = columns.contains(TableColumn.TITLE) || columns.contains(TableColumn.INDICATOR);
        return subject && columns.size() >= 3;
    }

    /** True when a line could be part of a header wrapped over several lines: header words only. */
    static boolean isHeaderLine(String line) {
        String[] words = SearchText.fold(line).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        int known = 0;
        for (String word : words) {
            if (HEADER_WORDS.contains(word) || word.matches("20\\d\\d")) {
                known++;
            }
        }
        return words.length > 0 && !words[0].isEmpty() && known == words.length && line.length() <= 80;
    }

    /** True when a header-word line opens a header: it starts with "STT"/"TT" or names three columns. */
    static boolean opensHeader(String line) {
        if (!isHeaderLine(line) || !Character.isUpperCase(line.strip().charAt(0))) {
            return false;
        }
        String folded = SearchText.fold(line).strip();
        return (folded.matches("(stt|tt|so tt)\\b.*") && !inOrder(line).isEmpty()) || inOrder(line).size() >= 3;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    private static List<Phrase> phrases(String... specs) {
        List<Phrase> list = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split("=");
            list.add(new Phrase(SearchText.fold(parts[0]), TableColumn.valueOf(parts[1])));
        }
        list.sort(Comparator.comparingInt((Phrase p) -> -p.folded().length()));
        return list;
    }
}
