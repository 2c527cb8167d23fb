package vn.cchc.pakn;

import java.time.LocalDate;

/** A PAKN item (phản ánh, kiến nghị) and how it was handled. */
public record Pakn(long id, String code, LocalDate receivedOn, PaknChannel channel, String content, String dossierCode,
                   LocalDate dueOn, LocalDate answeredOn, LocalDate publishedOn, boolean disliked, boolean recomplained) {
}
