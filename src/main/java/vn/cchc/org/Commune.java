package vn.cchc.org;

import java.time.LocalDate;

/** A commune, ward or special zone with its official administrative code (mã ĐVHC, 5 digits). */
public record Commune(long id, long provinceId, String code, String name, Kind kind, LocalDate validFrom,
                      LocalDate validTo) {

    public enum Kind {
        XA, PHUONG, DAC_KHU
    }
}
