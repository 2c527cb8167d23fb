package vn.cchc.survey.scoring;

import java.math.BigDecimal;

/**
 * One index with what it rests on.
 *
 * @param percent       0–100 with 2 decimals, or null when no answer counts towards it
 * @param respondents   distinct forms with at least one answer counted in this figure
 * @param answers       answers counted in this figure
 * @param marginOfError 95% half-width in percentage points (2 decimals), or null below 2 respondents
 * @param smallSample   fewer respondents than the settings' minimum sample
 */
public record Figure(BigDecimal percent, long respondents, long answers, BigDecimal marginOfError,
                     boolean smallSample) {
}
