package vn.cchc.survey.poster;

import java.nio.file.Path;
import vn.cchc.shared.Refusal;

/**
 * The server lacks the Liberation Sans fonts (package fonts-liberation2) that posters are drawn with. Without them
 * Vietnamese letters would come out as boxes, so no poster is made; the controller answers 503 with this message
 * (the file is the argument), as documents do when LibreOffice is missing.
 */
public class PosterFontMissing extends Refusal {

    PosterFontMissing(Path file) {
        super("survey.poster.fontMissing", file.toString());
    }
}
