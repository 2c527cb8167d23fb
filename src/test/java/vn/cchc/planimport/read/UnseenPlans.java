package vn.cchc.planimport.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import vn.cchc.org.UnitKind;
import vn.cchc.planimport.ImportDraft;
import vn.cchc.planimport.source.SourceReader;

/**
 * Plans written for these tests in forms the seeds do not use (src/test/resources/planimport/plans), read from their
 * bytes as an upload is, for communes whose units are named as a commune (xã) or a ward (phường) names them.
 */
final class UnseenPlans {

    static final long OFFICE = 31;
    static final long ECONOMY = 32;
    static final long CULTURE = 33;
    static final long CENTRE = 34;
    static final long POLICE = 35;
    static final long MILITARY = 36;

    private static final List<String> INDICATORS = List.of("ON_TIME_RATE", "ONLINE_RATE", "FULL_ONLINE_RATE",
            "ONLINE_PAYMENT_RATE", "DIGITISATION_RATE", "E_RESULT_RATE", "REUSE_RATE", "PAKN_ON_TIME_RATE");

    private UnseenPlans() {
    }

    static ReadContext context(String file) {
        String place = file.startsWith("d_") ? "phường" : "xã";
        List<UnitName> units = List.of(
                new UnitName(OFFICE, "Văn phòng HĐND và UBND " + place, "VP HĐND&UBND", UnitKind.OFFICE, true),
                new UnitName(ECONOMY, "Phòng Kinh tế", "PKT", UnitKind.ECONOMIC, false),
                new UnitName(CULTURE, "Phòng Văn hóa - Xã hội", "VHXH", UnitKind.CULTURE_SOCIAL, false),
                new UnitName(CENTRE, "Trung tâm Phục vụ hành chính công", "TT PVHCC", UnitKind.SERVICE_CENTRE, false),
                new UnitName(POLICE, "Công an " + place, "CA", UnitKind.POLICE, false),
                new UnitName(MILITARY, "Ban Chỉ huy Quân sự " + place, "BCHQS", UnitKind.MILITARY, false));
        return new ReadContext(units, 2026, LocalDate.of(2026, 1, 20), INDICATORS);
    }

    static byte[] bytes(String file) {
        try (InputStream in = UnseenPlans.class.getResourceAsStream("/planimport/plans/" + file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportDraft text(String file) {
        return PlanReader.read(SourceReader.read(bytes(file), "ke-hoach.txt"), context(file));
    }

    static ImportDraft docx(String file, byte[] docx) {
        return PlanReader.read(SourceReader.read(docx, "ke-hoach.docx"), context(file));
    }
}
