package vn.cchc.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One kind's answer to a search: how many rows match in all, and the first few to show. A hit is a title and a line
 * of detail (both highlighted by the search page) and the link to the page that shows it.
 */
public record SearchHits(long total, List<Hit> items) {

    public static final SearchHits NONE = new SearchHits(0, List.of());

    public record Hit(String title, String detail, String href) {
    }

    /**
     * Runs a module's search statement. It must select {@code count(*) over () as total} (the count of all matches
     * before its {@code limit}) besides what {@code hit} reads.
     */
    public static SearchHits query(JdbcClient jdbc, String sql, List<?> params, RowMapper<Hit> hit) {
        long[] total = {0};
        List<Hit> items = new ArrayList<>();
        jdbc.sql(sql).params(params).query(rs -> {
            total[0] = rs.getLong("total");
            items.add(hit.mapRow(rs, items.size()));
        });
        return new SearchHits(total[0], List.copyOf(items));
    }
}
