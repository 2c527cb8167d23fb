package vn.cchc.walls;

import java.util.List;

/** The fixed battery of bad values every input of every route is sent, one at a time. */
final class BadValues {

    record Bad(String label, String value) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final List<Bad> ALL = List.of(
            new Bad("empty", ""),
            new Bad("100,000 characters", "a".repeat(100_000)),
            new Bad("NUL byte", "a\u0000b"),
            new Bad("-1", "-1"),
            new Bad("-999999999999", "-999999999999"),
            new Bad("99999999999999999999", "99999999999999999999"),
            new Bad("31/02/2025", "31/02/2025"),
            new Bad("01/01/0001", "01/01/0001"),
            new Bad("31/12/1899", "31/12/1899"),
            new Bad("2025-13-45", "2025-13-45"),
            new Bad("Arabic-Indic digit ٣", "٣"),
            new Bad("full-width digit ３", "３"),
            new Bad("SQL ' OR 1=1--", "' OR 1=1--"));

    /** File parts also get an otherwise good name with a NUL in it. */
    static final Bad NUL_IN_FILE_NAME = new Bad("NUL in the file name", "bien\u0000ban.pdf");

    private BadValues() {
    }

    static List<Bad> forInput(Input input) {
        if (input.source() != Input.Source.FILE) {
            return ALL;
        }
        return java.util.stream.Stream.concat(ALL.stream(), java.util.stream.Stream.of(NUL_IN_FILE_NAME)).toList();
    }
}
