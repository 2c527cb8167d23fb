package vn.cchc.survey.poster;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Liberation Sans regular and bold, read from the system's TTF files: the one sans-serif font on a Debian server
 * that has every Vietnamese letter. The PDF embeds the files; the PNG draws with the same files through Java2D, so
 * both posters measure and break lines alike.
 */
record PosterFonts(Path regularFile, Path boldFile, Font regular, Font bold) {

    static final Path SYSTEM_DIRECTORY = Path.of("/usr/share/fonts/truetype/liberation2");

    static PosterFonts installed() {
        return load(SYSTEM_DIRECTORY);
    }

    static PosterFonts load(Path directory) {
        Path regular = directory.resolve("LiberationSans-Regular.ttf");
        Path bold = directory.resolve("LiberationSans-Bold.ttf");
        return new PosterFonts(regular, bold, read(regular), read(bold));
    }

    Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    private static Font read(Path file) {
        if (!Files.isReadable(file)) {
            throw new PosterFontMissing(file);
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException unreadable) {
            // A truncated or foreign file is as good as none: the letters could not be drawn.
            throw new PosterFontMissing(file);
        }
    }
}
