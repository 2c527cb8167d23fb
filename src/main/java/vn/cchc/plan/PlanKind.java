package vn.cchc.plan;

/** Kinds of PAR plans communes issue. */
public enum PlanKind {
    /** Kế hoạch CCHC năm */
    ANNUAL,
    /** Kế hoạch CCHC 6 tháng */
    HALF_YEAR,
    /** Kế hoạch nâng cao Chỉ số CCHC */
    PAR_INDEX,
    /** Kế hoạch tuyên truyền CCHC */
    PROPAGANDA,
    /** Kế hoạch kiểm tra CCHC */
    INSPECTION
}
