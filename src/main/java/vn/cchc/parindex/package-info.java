/**
 * PAR Index (Chỉ số CCHC): province criteria sets as versioned data, each commune's self-assessment with evidence,
 * the province's appraisal, points at risk and the province's ranking.
 */
package vn.cchc.parindex;
