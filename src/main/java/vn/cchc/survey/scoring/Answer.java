package vn.cchc.survey.scoring;

/** One answer of one filled form; answers to items that are not scored, or outside 1–5, are passed in and ignored. */
public record Answer(long responseId, String itemCode, int value) {
}
