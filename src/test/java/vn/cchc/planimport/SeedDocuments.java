package vn.cchc.planimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The three seed plans for importer tests: their text as PDF extraction gave it, and DOCX files generated from
 * them the way a commune's Word file looks — the prose as paragraphs and the appendices as real tables, built
 * from the hand transcriptions in src/main/resources/demo (area rows spanning the table, a two-row header under
 * "Trách nhiệm cụ thể", sub-rows without a number under "7.2"). Seed 003 has no table, so its DOCX is paragraphs.
 */
public final class SeedDocuments {

    public enum Seed {
        S001("001_e94b56ef134f0f7d.txt"), S002("002_872ecb1115e567cc.txt"), S003("003_10ad112eb21f31c1.txt");

        final String fileName;

        Seed(String fileName) {
            this.fileName = fileName;
        }
    }

    /** Unit names as the seed plans write them, for the transcriptions' short names; "*" is all other units. */
    static final Map<String, String> UNIT_NAMES = Map.of(
            "VH-XH", "Phòng Văn hoá – Xã hội phường", "VP HĐND-UBND", "Văn phòng HĐND&UBND phường",
            "TTPVHCC", "Trung tâm phục vụ hành chính công phường", "KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị",
            "Tổ KTCV", "Tổ kiểm tra hoạt động công vụ phường", "ĐVSN", "Các đơn vị sự nghiệp công lập",
            "MTTQ", "Ủy ban MTTQ Việt Nam phường", "Ban HĐND", "Các ban của HĐND phường",
            "*", "Các cơ quan, đơn vị chuyên môn thuộc UBND phường");

    /** Appendix 1 of seed 002: the threshold cells as the seed writes them where they are not a bare "N%". */
    public static final Map<String, String> THRESHOLD_TEXT_002 = Map.of(
            "1.1", "", "1.2", "", "1.3", "",
            "1.4", "Tối thiểu 60% số cơ quan chuyên môn thuộc UBND phường",
            "1.4b", "100% các cơ quan, đơn vị", "1.5", "100% các cơ quan, đơn vị",
            "3.1", "100% thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước được công bố, công khai kịp thời",
            "3.1b", "Thực hiện rút ngắn thời gian giải quyết 20% thủ tục hành chính nội bộ",
            "4", "Theo các văn bản quy định của Nhà nước", "5", "Trên 90% cán bộ, công chức đạt chuẩn theo quy định.");

    private static final Map<String, String> GROUP_ROWS_002 = Map.of(
            "1", "Kết quả các chỉ số đánh giá hiệu quả cải cách hành chính của phường",
            "3", "Cải cách thủ tục hành chính", "7", "Chính quyền điện tử, chính quyền số",
            "7.2", "Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công");

    private SeedDocuments() {
    }

    public static String text(Seed seed) {
        return resource("/planimport/seeds/" + seed.fileName);
    }

    /** A transcription's rows (comment lines dropped), each cut at tabs. */
    public static List<String[]> tsv(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : resource("/demo/" + name).split("\n")) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    /** The non-blank lines of the seed before its appendix (the page header of the appendix included). */
    public static List<String> prose(Seed seed) {
        List<String> lines = lines(seed);
        return lines.subList(0, appendixStart(lines));
    }

    /** Writes the three seeds as DOCX into the folder given, for bench/plan-import.sh to upload. */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(args[0]));
        for (Seed seed : Seed.values()) {
            java.nio.file.Files.write(dir.resolve(seed.fileName.replace(".txt", ".docx")), docx(seed));
        }
    }

    public static byte[] docx(Seed seed) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> lines = lines(seed);
            List<String> prose = seed == Seed.S003 ? lines : prose(seed);
            prose.forEach(line -> document.createParagraph().createRun().setText(line));
            if (seed == Seed.S001) {
                paragraphs(document, "Phụ lục", "NHIỆM VỤ, GIẢI PHÁP NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
                tasks001(document, lines);
            } else if (seed == Seed.S002) {
                paragraphs(document, "PHỤ LỤC 1", "CÁC CHỈ TIÊU, CHỈ TIÊU THÀNH PHẦN CỦA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
                targets002(document);
                paragraphs(document, "PHỤ LỤC 2", "NHIỆM VỤ TRỌNG TÂM CỦA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH");
                tasks002(document, lines);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tasks001(XWPFDocument document, List<String> lines) {
        XWPFTable table = document.createTable();
        row(table, true, "Stt", "Nhiệm vụ", "Sản phẩm/ Kết quả", "Tiến độ", "Phân công và cách thức thực hiện");
        String area = null;
        for (String[] t : tsv("bac-nha-trang-2025-tasks.tsv")) {
            if (!t[0].equals(area)) {
                area = t[0];
                areaRow(table, area, areaHeading(lines, area), 5);
            }
            row(table, false, t[1].substring(t[1].indexOf('.') + 1), t[2], t[3], t[4], bullets(t[7]));
        }
    }

    private static void tasks002(XWPFDocument document, List<String> lines) {
        XWPFTable table = document.createTable();
        row(table, true, "TT", "Nhiệm vụ", "Hoạt động/sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian thực hiện");
        String area = null;
        for (String[] t : tsv("an-nhon-dong-2025-tasks.tsv")) {
            if (!t[0].equals(area)) {
                area = t[0];
                areaRow(table, area, areaHeading(lines, area), 6);
            }
            String lead = t[7].startsWith("Cơ quan chủ trì theo kế hoạch: ")
                    ? t[7].substring("Cơ quan chủ trì theo kế hoạch: ".length()).replaceAll("\\.$", "")
                    : UNIT_NAMES.get(t[5]);
            List<String> coordinators = new ArrayList<>();
            for (String c : t[6].split(",")) {
                if (!c.isBlank()) {
                    coordinators.add(UNIT_NAMES.getOrDefault(c.strip(), c.strip()));
                }
            }
            row(table, false, t[1], t[2], t[3], lead, String.join("; ", coordinators), t[4]);
        }
    }

    private static void targets002(XWPFDocument document) {
        XWPFTable table = document.createTable();
        XWPFTableRow top = row(table, true, "STT", "Chỉ tiêu/Chỉ tiêu thành phần", "Chỉ tiêu phấn đấu năm 2025",
                "Trách nhiệm cụ thể", "");
        top.removeCell(4);
        top.getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        XWPFTableRow second = row(table, true, "", "", "", "Đơn vị theo dõi, hướng dẫn thực hiện", "Đơn vị thực hiện");
        for (int i = 0; i < 3; i++) {
            (top.getCell(i).getCTTc().isSetTcPr() ? top.getCell(i).getCTTc().getTcPr()
                    : top.getCell(i).getCTTc().addNewTcPr()).addNewVMerge().setVal(STMerge.RESTART);
            second.getCell(i).getCTTc().addNewTcPr().addNewVMerge();
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String[] t : tsv("an-nhon-dong-2025-targets.tsv")) {
            if (!t[1].equals("3.3")) { // 3.3 is stated in the plan's prose (section II.2.3), not in the table
                rows.put(t[1], t);
            }
        }
        List<String> groups = new ArrayList<>();
        for (String[] t : rows.values()) {
            String code = t[1];
            if (code.equals("3.1b")) {
                continue; // the seed states 3.1 and 3.1b in one row
            }
            String parent = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : null;
            if (parent != null && GROUP_ROWS_002.containsKey(parent) && !groups.contains(parent)) {
                groups.add(parent);
                if (parent.contains(".")) {
                    String grandParent = parent.substring(0, parent.indexOf('.'));
                    if (GROUP_ROWS_002.containsKey(grandParent) && !groups.contains(grandParent)) {
                        groups.add(grandParent);
                        row(table, false, grandParent, GROUP_ROWS_002.get(grandParent), "", "", "");
                    }
                }
                row(table, false, parent, GROUP_ROWS_002.get(parent), "", "", "");
            }
            boolean subRow = parent != null && parent.contains(".");
            String threshold = code.equals("3.1")
                    ? "- " + THRESHOLD_TEXT_002.get("3.1") + ";\n- " + THRESHOLD_TEXT_002.get("3.1b") + "."
                    : thresholdText002(t);
            boolean firstSub = subRow && code.endsWith(".1");
            row(table, false, subRow ? "" : code.replace("b", ""), t[2], threshold,
                    subRow && !firstSub ? "" : UNIT_NAMES.get(t[6]), subRow && !firstSub ? "" : UNIT_NAMES.get("*"));
        }
    }

    /** The threshold cell of a seed 002 target as the seed writes it. */
    public static String thresholdText002(String[] target) {
        String known = THRESHOLD_TEXT_002.get(target[1]);
        return known != null ? known : target[5].replaceAll("\\.0+$", "").replace('.', ',') + "%";
    }

    private static XWPFTableRow row(XWPFTable table, boolean header, String... cells) {
        XWPFTableRow row = table.getRows().size() == 1 && table.getRow(0).getCell(0).getText().isEmpty()
                && table.getRow(0).getTableCells().size() == 1 ? table.getRow(0) : table.createRow();
        while (row.getTableCells().size() < cells.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < cells.length; i++) {
            XWPFTableCell cell = row.getCell(i);
            String[] paragraphs = cells[i].split("\n");
            cell.setText(paragraphs[0]);
            for (int p = 1; p < paragraphs.length; p++) {
                cell.addParagraph().createRun().setText(paragraphs[p]);
            }
        }
        if (header) {
            row.setRepeatHeader(true);
        }
        return row;
    }

    private static void areaRow(XWPFTable table, String roman, String heading, int columns) {
        String[] cells = new String[columns];
        java.util.Arrays.fill(cells, "");
        cells[0] = roman;
        cells[1] = heading;
        XWPFTableRow row = row(table, false, cells);
        for (int i = columns - 1; i >= 2; i--) {
            row.removeCell(i);
        }
        row.getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - 1L));
    }

    /** "A. B." as the seed's bullets "- A.\n- B." (one cell paragraph each). */
    private static String bullets(String note) {
        String[] sentences = note.split("(?<=\\.) (?=\\p{Lu})");
        if (sentences.length < 2) {
            return note;
        }
        return "- " + String.join("\n- ", sentences);
    }

    private static String areaHeading(List<String> lines, String roman) {
        for (String line : lines.subList(appendixStart(lines), lines.size())) {
            if (line.startsWith(roman + " ") && line.length() > roman.length() + 3
                    && Character.isUpperCase(line.charAt(roman.length() + 1))) {
                return line.substring(roman.length() + 1).strip();
            }
        }
        throw new IllegalStateException("No heading for area " + roman);
    }

    private static void paragraphs(XWPFDocument document, String... texts) {
        for (String text : texts) {
            document.createParagraph().createRun().setText(text);
        }
    }

    private static int appendixStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("(?iu)phụ lục( \\d+| [IVX]+)?")) {
                for (int back = i; back >= Math.max(0, i - 6); back--) {
                    if (lines.get(back).startsWith("ỦY BAN NHÂN DÂN")) {
                        return back;
                    }
                }
                return i;
            }
        }
        return lines.size();
    }

    private static List<String> lines(Seed seed) {
        List<String> lines = new ArrayList<>();
        for (String line : text(seed).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String resource(String path) {
        try (InputStream in = SeedDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
