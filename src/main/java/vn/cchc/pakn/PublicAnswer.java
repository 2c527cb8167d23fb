package vn.cchc.pakn;

import java.time.LocalDate;

/**
 * A PAKN item as the public site shows it: the published question and its answer, the dates and the channel. It has
 * no raw content, code, dossier code or handler: nothing that could name the sender or an officer.
 */
public record PublicAnswer(long id, String question, String answer, LocalDate receivedOn, LocalDate answeredOn,
                           LocalDate publishedOn, PaknChannel channel) {
}
