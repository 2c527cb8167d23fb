package vn.cchc.dossier;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 766 composite for a commune and period: every indicator, the group sums and the total out of 100. */
public record ScoreCard(List<ScoreLine> lines) {

    public BigDecimal total() {
        return lines.stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal max() {
        return lines.stream().map(l -> l.rule().maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal gain() {
        return lines.stream().map(ScoreLine::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long missingCount() {
        return lines.stream().filter(ScoreLine::missing).count();
    }

    /** Group number → [points, max]. */
    public Map<Integer, BigDecimal[]> groups() {
        Map<Integer, BigDecimal[]> out = new LinkedHashMap<>();
        for (ScoreLine l : lines) {
            BigDecimal[] g = out.computeIfAbsent(l.rule().group(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            g[0] = g[0].add(l.points());
            g[1] = g[1].add(l.rule().maxPoints());
        }
        return out;
    }

    /** The three measured indicators whose improvement would add the most points (not-entered ones are listed apart). */
    public List<ScoreLine> biggestGains() {
        return lines.stream().filter(l -> l.gain().signum() > 0 && !l.missing())
                .sorted((a, b) -> b.gain().compareTo(a.gain())).limit(3).toList();
    }
}
