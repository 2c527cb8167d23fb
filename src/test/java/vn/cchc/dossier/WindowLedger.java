package vn.cchc.dossier;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.cchc.support.Fixture;
import vn.cchc.support.MutableClock;

/**
 * A hand-made ledger around the Quý I report window 15/12/2025–14/03/2026, imported as a one-stop export with the
 * applicant and status columns, on 20/03/2026 09:00. By hand (S = 15/12/2025 00:00, E = 15/03/2026 00:00):
 * <pre>
 * A01 Hộ tịch     received 01/12 ended 05/12/2025            before the window: not counted
 * A02 Hộ tịch     received 10/12/2025, due 12/12, ended 16/12  carried over (6), late (10), 2 working days late
 * A03 Hộ tịch     received 12/12/2025, due 20/03/2026, open    carried over (6), in time at E (12)
 * A04 Hộ tịch     online 05/01, due 07/01, ended 06/01         online (4), early (8)
 * A05 Hộ tịch     in person 06/01, due 08/01, ended 08/01 16:00 in person (5), on time (9)
 * A06 Hộ tịch     by post 02/03 08:00, due 05/03, open         (5), overdue at E (13), 6 working days late at E
 * A07 Hộ tịch     in person 10/02, ended 11/02, withdrawn      (5), withdrawn
 * A08 Hộ tịch     in person 13/03, due 17/03, ended 16/03      (5), in time at E (12)
 * A09 Hộ tịch     received 16/03/2026, due 18/03, open         after the window: not counted
 * A10 Hộ tịch     in person 02/03 09:00, due 04/03, ended 20/03 08:00  (5), overdue at E (13), 7 days late at E
 * B01 Chứng thực  in person 14/12/2025 16:00, due and ended 15/12  carried over (6), on time (9)
 * B02 Chứng thực  online 13/03 16:00, due 16/03, ended 13/03 16:30  online (4), early (8)
 * B03 Chứng thực  in person 20/01, due 21/01, ended 23/01, apology 21/01  (5), late (10), 2 days late
 * C01 3.001       in person 19/01 08:00, no appointment: 5 working days = 26/01 08:00, ended 09:00; the export
 *                 says "Khác", the catalogue "Xây dựng", which wins   (5), late (10), 0 days late (same day)
 * D01 9.001       online 02/02, due 03/02, ended 03/02 10:00, no lĩnh vực anywhere   online (4), on time (9)
 * </pre>
 */
@Component
public class WindowLedger {

    static final LocalDate FROM = LocalDate.of(2025, 12, 15);
    static final LocalDate TO = LocalDate.of(2026, 3, 14);
    static final String HEADER = Ledgers.HEADER + ";Người nộp;Trạng thái";

    /** Digitised: A04, A05, B02, D01 (4 of the 10 received in the window). */
    private static final List<String> DIGITISED = List.of("A04", "A05", "B02", "D01");

    static final List<String> ROWS = List.of(
            row("A01", "1.001", "Hộ tịch", "Trực tuyến", "01/12/2025 08:00", "10/12/2025",
                    "05/12/2025 10:00", "", "", ""),
            row("A02", "1.001", "Hộ tịch", "Trực tiếp", "10/12/2025 08:00", "12/12/2025",
                    "16/12/2025 10:00", "", "Lê Văn Hai", ""),
            row("A03", "1.001", "Hộ tịch", "Trực tuyến", "12/12/2025 09:00", "20/03/2026", "", "", "", ""),
            row("A04", "1.001", "Hộ tịch", "Trực tuyến", "05/01/2026 08:00", "07/01/2026",
                    "06/01/2026 15:00", "", "", ""),
            row("A05", "1.001", "Hộ tịch", "Trực tiếp", "06/01/2026 09:00", "08/01/2026",
                    "08/01/2026 16:00", "", "", ""),
            row("A06", "1.001", "Hộ tịch", "Bưu chính", "02/03/2026 08:00", "05/03/2026", "", "", "Phạm Thị Sáu", ""),
            row("A07", "1.001", "Hộ tịch", "Trực tiếp", "10/02/2026 08:00", "13/02/2026", "11/02/2026 10:00", "", "",
                    "Công dân yêu cầu rút hồ sơ"),
            row("A08", "1.001", "Hộ tịch", "Trực tiếp", "13/03/2026 08:00", "17/03/2026",
                    "16/03/2026 10:00", "", "", ""),
            row("A09", "1.001", "Hộ tịch", "Trực tiếp", "16/03/2026 08:00", "18/03/2026", "", "", "", ""),
            row("A10", "1.001", "Hộ tịch", "Trực tiếp", "02/03/2026 09:00", "04/03/2026",
                    "20/03/2026 08:00", "", "", ""),
            row("B01", "2.001", "Chứng thực", "Trực tiếp", "14/12/2025 16:00", "15/12/2025",
                    "15/12/2025 09:00", "", "", ""),
            row("B02", "2.001", "Chứng thực", "Trực tuyến", "13/03/2026 16:00", "16/03/2026",
                    "13/03/2026 16:30", "", "", ""),
            row("B03", "2.001", "Chứng thực", "Trực tiếp", "20/01/2026 08:00", "21/01/2026", "23/01/2026 10:00",
                    "21/01/2026", "Trần Thị Ba", ""),
            row("C01", "3.001", "Khác", "Trực tiếp", "19/01/2026 08:00", "", "26/01/2026 09:00", "", "", ""),
            row("D01", "9.001", "", "Trực tuyến", "02/02/2026 08:00", "03/02/2026", "03/02/2026 10:00", "", "", ""));

    private final Ledgers ledgers;
    // Not every test context has the movable clock (some load the application without it).
    private final ObjectProvider<MutableClock> clock;

    WindowLedger(Ledgers ledgers, ObjectProvider<MutableClock> clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    static String row(String code, String procedure, String field, String channel, String received,
                      String appointment, String finished, String apology, String applicant, String status) {
        return String.join(";", code, procedure, "Thủ tục " + procedure, field, "TTPVHCC", "Nguyễn Văn An", channel, "",
                "", received, appointment, finished, "", "", "0", "", DIGITISED.contains(code) ? "Có" : "", "", "",
                apology, "", applicant, status);
    }

    static byte[] csv(List<String> rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A commune with the ledger imported, on 20/03/2026 09:00. */
    public Fixture.Commune commune() {
        Fixture.Commune c = ledgers.communeOn10February2026();
        clock.getObject().setToday(LocalDate.of(2026, 3, 20));
        ImportJob job = ledgers.importBytes(c.unitHead(), "quy1.csv", csv(ROWS));
        if (!"DONE".equals(job.state())) {
            throw new IllegalStateException("ledger not imported: " + job.errors());
        }
        return c;
    }

    ImportJob reimport(Fixture.Commune c, List<String> rows) {
        return ledgers.importBytes(c.unitHead(), "quy1-lai.csv", csv(new ArrayList<>(rows)));
    }
}
