package vn.cchc.evidence;

/** The kind of an evidence document, as officials file them (loại văn bản). */
public enum DocumentKind {
    QUYET_DINH, KE_HOACH, BAO_CAO, CONG_VAN, THONG_BAO, TO_TRINH, BIEN_BAN, HINH_ANH, KHAC
}
