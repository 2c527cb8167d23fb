package vn.cchc.org;

/** What a user may do. Each demo user has exactly one role. */
public enum Role {
    /** Sở Nội vụ / province administrator: communes, holiday schedule. */
    PROVINCE_ADMIN(true),
    /** Sở Nội vụ appraiser (thẩm định) of commune PAR scores. */
    PROVINCE_APPRAISER(true),
    /** Commune administrator: units, users, plans. */
    COMMUNE_ADMIN(false),
    /** Chairman or vice-chairman (lãnh đạo UBND): issues and closes plans, sees everything of the commune. */
    LEADER(false),
    /** Standing agency of PAR (cơ quan thường trực CCHC, usually Phòng Văn hóa – Xã hội): drafts plans. */
    STANDING_AGENCY(false),
    /** Head of a unit (trưởng phòng). */
    UNIT_HEAD(false),
    /** Staff of a unit (công chức, chuyên viên). */
    UNIT_STAFF(false),
    /** Read-only viewer of the commune. */
    VIEWER(false);

    private final boolean provinceLevel;

    Role(boolean provinceLevel) {
        this.provinceLevel = provinceLevel;
    }

    public boolean provinceLevel() {
        return provinceLevel;
    }

    public boolean belongsToUnit() {
        return this == UNIT_HEAD || this == UNIT_STAFF || this == STANDING_AGENCY;
    }
}
