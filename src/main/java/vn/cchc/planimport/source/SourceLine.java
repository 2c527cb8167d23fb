package vn.cchc.planimport.source;

/**
 * One numbered line of the imported document as the reviewer sees it (1-based). A DOCX table row is one line,
 * its cells joined by " | "; a PDF or pasted line is kept as extracted, NFC-normalised, with blank lines dropped.
 */
public record SourceLine(int number, String text) {
}
