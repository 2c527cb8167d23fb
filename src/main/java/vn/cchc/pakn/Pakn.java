package vn.cchc.pakn;

import java.time.LocalDate;

/**
 * A PAKN item (phản ánh, kiến nghị) and how it was handled. {@code content} is the item as received (it may name the
 * sender); {@code publicQuestion} is the question as published, without personal data, and {@code answer} the answer
 * given: only these two ever reach the public site.
 */
public record Pakn(long id, String code, LocalDate receivedOn, PaknChannel channel, String content, String dossierCode,
                   LocalDate dueOn, LocalDate answeredOn, LocalDate publishedOn, boolean disliked, boolean recomplained,
                   String publicQuestion, String answer) {
}
