package vn.cchc.pakn;

/** An item of the commune was saved: the public site reads its data stamp afresh instead of waiting for its recheck. */
public record PaknChanged(long communeId) {
}
