package vn.cchc.dossier;

import java.util.Optional;
import java.util.function.Function;
import vn.cchc.shared.Ratio;

/** The one-stop indicators a plan target can be measured by, each read from the period's figures. */
public enum ServiceIndicator {
    ON_TIME_RATE(ServiceFigures::onTimeShare),
    LATE_RATE(ServiceFigures::lateShare),
    ONLINE_RATE(ServiceFigures::online),
    FULL_ONLINE_RATE(ServiceFigures::fullOnline),
    ONLINE_PAYMENT_RATE(ServiceFigures::onlinePayment),
    DIGITISATION_RATE(ServiceFigures::digitisation),
    E_RESULT_RATE(ServiceFigures::electronicResults),
    REUSE_RATE(ServiceFigures::reuse),
    APOLOGY_RATE(ServiceFigures::apologies),
    ONLINE_DECISION_RATE(ServiceFigures::onlineDecisionInTime);

    private final Function<ServiceFigures, Ratio> read;

    ServiceIndicator(Function<ServiceFigures, Ratio> read) {
        this.read = read;
    }

    public Ratio of(ServiceFigures figures) {
        return read.apply(figures);
    }

    public String messageKey() {
        return "dossier.indicator." + name();
    }

    static Optional<ServiceIndicator> find(String code) {
        for (ServiceIndicator i : values()) {
            if (i.name().equals(code)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
