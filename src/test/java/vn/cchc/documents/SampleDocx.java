package vn.cchc.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** A small DOCX laid out like our documents: A4, Nghị định 30/2020 margins, Times New Roman 13 pt, two pages. */
final class SampleDocx {

    static final String NATIONAL_TITLE = "Cộng hòa xã hội chủ nghĩa Việt Nam";
    static final String SECOND_PAGE = "Độc lập - Tự do - Hạnh phúc";

    private SampleDocx() {
    }

    static byte[] twoPagesA4() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906)); // 210 mm in twentieths of a point
            size.setH(BigInteger.valueOf(16838)); // 297 mm
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1134)); // 20 mm
            margins.setBottom(BigInteger.valueOf(1134));
            margins.setLeft(BigInteger.valueOf(1701)); // 30 mm
            margins.setRight(BigInteger.valueOf(850)); // 15 mm
            XWPFRun first = timesNewRoman(document);
            first.setText(NATIONAL_TITLE);
            first.addBreak(BreakType.PAGE);
            timesNewRoman(document).setText(SECOND_PAGE);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun timesNewRoman(XWPFDocument document) {
        XWPFRun run = document.createParagraph().createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        return run;
    }
}
