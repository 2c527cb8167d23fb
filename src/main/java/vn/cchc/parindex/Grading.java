package vn.cchc.parindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranking groups from the set's configuration: "A:90;B:80;C:0" means ≥ 90% A, ≥ 80% B, else C. */
public record Grading(List<Grade> grades) {

    public record Grade(String label, BigDecimal fromPercent) {
    }

    /** The notation parsed, highest first; refused (IllegalArgumentException) unless the lowest group starts at 0. */
    public static Grading parse(String text) {
        List<Grade> grades = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException(part);
            }
            grades.add(new Grade(kv[0].trim(), new BigDecimal(kv[1].trim().replace(',', '.'))));
        }
        grades.sort(Comparator.comparing(Grade::fromPercent).reversed());
        if (grades.isEmpty() || grades.get(grades.size() - 1).fromPercent().signum() != 0) {
            throw new IllegalArgumentException(text);
        }
        return new Grading(List.copyOf(grades));
    }

    public String of(BigDecimal percent) {
        return grades.stream().filter(g -> percent.compareTo(g.fromPercent()) >= 0).map(Grade::label).findFirst()
                .orElse(grades.get(grades.size() - 1).label());
    }
}
