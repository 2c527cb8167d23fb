package vn.cchc.survey;

import java.time.LocalDate;

/**
 * A commune's survey and its current form version. It takes answers from its opening day to its closing day
 * (inclusive, none = open-ended) unless closed by hand.
 */
public record Survey(long id, long communeId, String title, LocalDate opensOn, LocalDate closesOn, boolean closed,
                     boolean feedsDossierRating, long formId, int formVersion, long templateId) {

    public boolean accepting(LocalDate today) {
        return !closed && !today.isBefore(opensOn) && (closesOn == null || !today.isAfter(closesOn));
    }
}
