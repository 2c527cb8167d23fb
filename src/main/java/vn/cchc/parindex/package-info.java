/**
 * PAR Index (Chỉ số CCHC): province criteria sets as versioned data, each commune's self-assessment with evidence,
 * the province's appraisal, points at risk and the province's ranking. The workflow is one use case per step
 * ({@code StartAssessment} … {@code FinaliseAssessment}); who may take a step is {@link vn.cchc.parindex.AssessmentPolicy}'s
 * alone and the point rules are {@link vn.cchc.parindex.CriterionScoring}'s.
 */
@ApplicationModule(allowedDependencies = {"calendar", "evidence", "org", "plan", "shared"})
package vn.cchc.parindex;

import org.springframework.modulith.ApplicationModule;
