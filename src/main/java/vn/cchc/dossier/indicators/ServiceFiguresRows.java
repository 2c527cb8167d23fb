package vn.cchc.dossier.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import vn.cchc.dossier.ServiceFigures;

/** How {@link ServiceFigures} are summed in SQL from the rollup columns and read back from a result row. */
final class ServiceFiguresRows {

    /** Rollup columns in record order (the last two counts come from the open snapshot). */
    static final List<String> MONTH_COLUMNS = List.of("received", "received_direct", "received_online", "received_postal",
            "received_full", "with_fee", "paid_online", "digitised", "reused", "online_timed", "ack_late",
            "multi_supplement", "dissatisfied", "finished", "early", "on_time", "late", "late_apology", "e_result");

    private ServiceFiguresRows() {
    }

    static String sums() {
        return String.join(", ", MONTH_COLUMNS.stream().map(c -> "coalesce(sum(" + c + "), 0) as " + c).toList());
    }

    static ServiceFigures monthPart(ResultSet rs) throws SQLException {
        long[] v = new long[21];
        for (int i = 0; i < MONTH_COLUMNS.size(); i++) {
            v[i] = rs.getLong(MONTH_COLUMNS.get(i));
        }
        return ServiceFigures.of(v);
    }
}
