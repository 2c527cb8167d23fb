package vn.cchc.transparency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * The rules of the public figures page that are not figures: which year a {@code ?nam=} asks for, which years the
 * select offers, and the 10-minute freshness bucket (satisfaction answers arrive without an import, so the computed
 * figures of a bucket are kept at most until the next one begins).
 */
final class FigureYears {

    /** The first year the page accepts; no commune has one-stop data before it. */
    static final int FIRST = 2000;
    static final Duration BUCKET = Duration.ofMinutes(10);

    private FigureYears() {
    }

    /** Blank → the current year; four digits between {@link #FIRST} and the current year → that year; else refused. */
    static int parse(String raw, int currentYear) {
        if (raw == null || raw.isBlank()) {
            return currentYear;
        }
        String s = raw.strip();
        if (!s.matches("[0-9]{4}")) {
            throw new PublicSearch.BadPublicParameter("nam");
        }
        int year = Integer.parseInt(s);
        if (year < FIRST || year > currentYear) {
            throw new PublicSearch.BadPublicParameter("nam");
        }
        return year;
    }

    /** The current year and every earlier year with data, latest first. */
    static List<Integer> choices(List<Integer> withData, int currentYear) {
        TreeSet<Integer> years = new TreeSet<>();
        years.add(currentYear);
        withData.stream().filter(y -> y >= FIRST && y <= currentYear).forEach(years::add);
        return List.copyOf(years.descendingSet());
    }

    /** When the bucket began. */
    static Instant bucketStart(long bucket) {
        return Instant.ofEpochSecond(bucket * BUCKET.toSeconds());
    }

    /** The number of the 10-minute bucket an instant falls in (UTC-aligned: 03:40:00–03:49:59 is one bucket). */
    static long bucket(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), BUCKET.toSeconds());
    }
}
