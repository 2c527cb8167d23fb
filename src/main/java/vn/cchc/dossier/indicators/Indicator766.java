package vn.cchc.dossier.indicators;

import java.util.Optional;
import java.util.function.Function;
import vn.cchc.shared.Ratio;

/**
 * The 766 indicators a commune's own data computes (docs/reference/domain.md §2, docs/indicators.md), each with
 * the rate it is: part ÷ whole of {@link Figures766}. 5.4 is "1 − unhappy ÷ judged", so its ratio is the unhappy
 * share and {@link #complement} says to subtract it from 1. The code is the one in table {@code score_rule}.
 */
public enum Indicator766 {
    ON_TIME("2.1", f -> new Ratio(f.dossiers().inTime(), f.dossiers().judged())),
    PROCEDURES_ONLINE("3.1", f -> new Ratio(f.catalogue().online(), f.catalogue().procedures())),
    ONLINE_PROCEDURES_USED("3.2", f -> new Ratio(f.catalogue().onlineUsed(), f.catalogue().online())),
    FILED_ONLINE("3.3", f -> new Ratio(f.dossiers().receivedOnline(), f.dossiers().received())),
    PAYMENT_INTEGRATED("3.5a", f -> new Ratio(f.catalogue().paymentIntegrated(), f.catalogue().feeBearing())),
    FEE_PROCEDURES_PAID_ONLINE("3.5b", f -> new Ratio(f.catalogue().feePaidOnline(), f.catalogue().feeBearing())),
    PAID_ONLINE("3.6", f -> new Ratio(f.dossiers().paidOnline(), f.dossiers().withFee())),
    ELECTRONIC_RESULTS("4.1", f -> new Ratio(f.dossiers().eResult(), f.dossiers().finished())),
    DIGITISED("4.2", f -> new Ratio(f.dossiers().digitised(), f.dossiers().received())),
    REUSED("4.3", f -> new Ratio(f.dossiers().reused(), f.dossiers().received())),
    PAKN_ON_TIME("5.2", f -> new Ratio(f.pakn().handledOnTime(), f.pakn().handled())),
    PAKN_SATISFACTION("5.3", f -> new Ratio(f.pakn().satisfied(), f.pakn().received())),
    /** Late + overdue + rated "not satisfied" + complained about in a PAKN item, over judged. */
    DOSSIER_SATISFACTION("5.4", f -> new Ratio(f.dossiers().lateOrOverdue() + f.dossiers().dissatisfied()
            + f.pakn().linkedDossiers(), f.dossiers().judged()));

    private final String code;
    private final Function<Figures766, Ratio> ratio;

    Indicator766(String code, Function<Figures766, Ratio> ratio) {
        this.code = code;
        this.ratio = ratio;
    }

    public String code() {
        return code;
    }

    public Ratio ratio(Figures766 figures) {
        return ratio.apply(figures);
    }

    /** Whether the rate is 1 minus the ratio (5.4), not the ratio itself. */
    public boolean complement() {
        return this == DOSSIER_SATISFACTION;
    }

    public static Optional<Indicator766> ofCode(String code) {
        for (Indicator766 i : values()) {
            if (i.code.equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
