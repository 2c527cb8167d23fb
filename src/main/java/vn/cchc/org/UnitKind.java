package vn.cchc.org;

/** Kinds of units of a commune People's Committee after the 2025 two-tier reform. */
public enum UnitKind {
    /** Văn phòng HĐND và UBND */
    OFFICE,
    /** Phòng Văn hóa – Xã hội */
    CULTURE_SOCIAL,
    /** Phòng Kinh tế (– Hạ tầng và Đô thị) */
    ECONOMIC,
    /** Trung tâm Phục vụ hành chính công */
    SERVICE_CENTRE,
    /** Công an xã/phường */
    POLICE,
    /** Đơn vị sự nghiệp công lập */
    PUBLIC_SERVICE,
    /** Ban Chỉ huy quân sự */
    MILITARY,
    OTHER
}
