package vn.cchc.documents;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import vn.cchc.plan.Target;
import vn.cchc.shared.Formats;

/**
 * How a target's threshold and a measured value read in a document, by the target's kind: "≥ 75,5%", "≥ 3", "Có".
 * One place, so that the plan's appendix and the periodic report's annex write a target the same way.
 */
@Component
class TargetText {

    private final Formats formats;

    TargetText(Formats formats) {
        // Official documents are Vietnamese whatever language the page that asked for them is in.
        this.formats = Formats.vietnamese();
    }

    String threshold(Target t) {
        return switch (t.metricKind()) {
            case YES_NO -> yesNo(t.threshold());
            default -> t.comparator().symbol() + " " + value(t, t.threshold());
        };
    }

    String value(Target t, BigDecimal value) {
        return switch (t.metricKind()) {
            case PERCENT -> formats.percent(value);
            case YES_NO -> yesNo(value);
            case COUNT -> formats.number(value);
        };
    }

    private static String yesNo(BigDecimal value) {
        return value.signum() == 1 ? "Có" : "Không";
    }
}
