package vn.cchc.survey.poster;

/**
 * What a QR poster says: the commune (printed in upper case under "ỦY BAN NHÂN DÂN"), the survey's title, the point
 * it hangs at (a counter, a unit or a procedure field), the survey address the QR code carries and a line telling
 * people what to do. Only the address is required; a missing text leaves its line out.
 */
public record PosterText(String communeName, String title, String pointLabel, String url, String instructions) {

    public PosterText {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("A poster needs the survey address for its QR code");
        }
        url = url.strip();
        communeName = orEmpty(communeName);
        title = orEmpty(title);
        pointLabel = orEmpty(pointLabel);
        instructions = orEmpty(instructions);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
