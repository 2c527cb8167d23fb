package vn.cchc.documents;

/**
 * The measures of Nghị định 30/2020, Phụ lục I, in Word's units (twips = 1/20 pt; 1 mm ≈ 56.7 twips): A4 portrait,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm (the low ends of the ranges it allows), Times New Roman,
 * body 14 pt, quốc hiệu 12 pt, tiêu ngữ and issuing body 13 pt, "Nơi nhận" 12 pt and its list 11 pt.
 */
final class Nd30Layout {

    static final String FONT = "Times New Roman";
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 850;
    static final int HEADER_DISTANCE = 567;
    /** The width between the margins of a portrait page. */
    static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The width between the margins of a landscape page (same margins as the portrait pages). */
    static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT;

    static final int BODY_SIZE = 14;
    static final int TITLE_SIZE = 14;
    static final int NATIONAL_TITLE_SIZE = 12;
    static final int MOTTO_SIZE = 13;
    static final int ISSUER_SIZE = 13;
    static final int NUMBER_SIZE = 13;
    static final int PLACE_DATE_SIZE = 14;
    static final int RECIPIENTS_HEADING_SIZE = 12;
    static final int RECIPIENTS_SIZE = 11;
    static final int TABLE_SIZE = 12;
    static final int PAGE_NUMBER_SIZE = 14;

    /** 1.27 cm first-line indent, 6 pt after each paragraph, line spacing 1.15 (ND 30: single to 1.5). */
    static final int FIRST_LINE_INDENT = 720;
    static final int PARAGRAPH_SPACING = 120;
    static final double LINE_SPACING = 1.15;

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private Nd30Layout() {
    }
}
