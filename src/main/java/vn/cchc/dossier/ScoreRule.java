package vn.cchc.dossier;

import java.math.BigDecimal;
import org.springframework.context.MessageSourceResolvable;

/**
 * One 766 indicator's scoring rule: full marks ({@code maxPoints}) once its rate reaches {@code fullAt}, in
 * proportion below; the points when nothing was there to measure; computed from the ledger or typed in. Pages name
 * the indicator through the bundles ({@code score766.2.1}); a rule the bundles do not know shows its stored name.
 */
public record ScoreRule(String code, int group, String name, BigDecimal maxPoints, BigDecimal fullAt, boolean fullWhenEmpty,
                        boolean manual) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {"score766." + code};
    }

    @Override
    public String getDefaultMessage() {
        return name;
    }
}
