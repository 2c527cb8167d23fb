package vn.cchc.planimport.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.shared.SearchText;

/**
 * The labelled lines of an inline task form: "- Cơ quan chủ trì: …", "- Cơ quan phối hợp: …", "- Thời gian thực
 * hiện: …" (also "Đơn vị chủ trì", "Thời hạn hoàn thành", "Tiến độ", "Sản phẩm"). The value is kept as written,
 * without its final full stop.
 */
final class TaskLabels {

    enum Field {
        LEAD, COORDINATORS, DEADLINE, PRODUCT
    }

    record Label(Field field, String value) {
    }

    private static final Pattern LABEL = Pattern.compile("^((?:co quan|don vi|bo phan)?\\s*chu tri(?: thuc hien)?"
            + "|(?:co quan|don vi|bo phan)?\\s*phoi hop(?: thuc hien)?"
            + "|thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: thuc hien| hoan thanh)?|tien do(?: thuc hien)?"
            + "|han hoan thanh|san pham(?:\\s*/\\s*ket qua)?|ket qua(?: dau ra)?(?:\\s*/\\s*san pham)?)\\s*:");

    private TaskLabels() {
    }

    /** The label an item is, or null when it is not one. */
    static Label read(TextItem item) {
        if (item.marker() != TextItem.Marker.DASH && item.marker() != TextItem.Marker.PARAGRAPH) {
            return null;
        }
        String text = item.text().strip();
        Matcher m = LABEL.matcher(SearchText.fold(text));
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        Field field = name.contains("chu tri") ? Field.LEAD : name.contains("phoi hop") ? Field.COORDINATORS
                : name.startsWith("san pham") || name.startsWith("ket qua") ? Field.PRODUCT : Field.DEADLINE;
        String value = text.substring(m.end()).strip();
        while (value.endsWith(".") && !value.endsWith("..")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        return value.isEmpty() ? null : new Label(field, value);
    }
}
