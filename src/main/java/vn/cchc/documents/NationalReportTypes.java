package vn.cchc.documents;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The national report calendar, read from {@code documents/national-report-types.tsv}: data, not code, because the
 * monthly default is an inference and the national rule may change. A broken file stops the application.
 */
public final class NationalReportTypes {

    private static final String FILE = "/documents/national-report-types.tsv";
    private static final Map<ReportType, ReportWindowRule> RULES = load();

    private NationalReportTypes() {
    }

    /** The national rule of every report type. */
    public static Map<ReportType, ReportWindowRule> rules() {
        return RULES;
    }

    public static ReportWindowRule of(ReportType type) {
        return RULES.get(type);
    }

    private static Map<ReportType, ReportWindowRule> load() {
        Map<ReportType, ReportWindowRule> rules = new EnumMap<>(ReportType.class);
        try (InputStream in = NationalReportTypes.class.getResourceAsStream(FILE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(NationalReportTypes::rule).forEach(r -> rules.put(r.type(), r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rules.size() != ReportType.values().length) {
            throw new IllegalStateException(FILE + " needs one line per report type, has " + rules.keySet());
        }
        return Collections.unmodifiableMap(rules);
    }

    private static ReportWindowRule rule(String line) {
        String[] c = line.split("\t");
        if (c.length != 9) {
            throw new IllegalStateException(FILE + ": 9 columns expected in " + line);
        }
        ReportWindowRule rule = new ReportWindowRule(ReportType.valueOf(c[0]), c[1], Integer.parseInt(c[2]),
                month(c[3]), c[4].equals("yes"), Integer.parseInt(c[5]), month(c[6]), Integer.parseInt(c[7]),
                ReportWindowRule.Basis.valueOf(c[8]));
        rule.check();
        return rule;
    }

    private static Integer month(String column) {
        return column.equals("-") ? null : Integer.valueOf(column);
    }
}
