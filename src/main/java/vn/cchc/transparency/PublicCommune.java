package vn.cchc.transparency;

import vn.cchc.org.Commune;
import vn.cchc.org.Province;

/** A commune as its public pages need it: who it is, its province, and its public-site settings. */
public record PublicCommune(Commune commune, Province province, PublicSite site) {

    public long id() {
        return commune.id();
    }

    public String code() {
        return commune.code();
    }

    public String name() {
        return commune.name();
    }
}
