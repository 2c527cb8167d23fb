package vn.cchc.backup;

import java.util.List;

/**
 * What an archive holds: {@code manifest.json}. Every entry's SHA-256, this manifest's too, is in
 * {@code checksums.sha256} ({@code sha256sum -c} reads it after unzipping).
 */
record Manifest(String format, int formatVersion, String schemaVersion, String communeCode, String communeName,
                String provinceCode, String exportedAt, List<TableEntry> tables, List<FileEntry> files) {

    static final String FORMAT = "cchc-commune-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String CHECKSUMS = "checksums.sha256";

    /** One table's rows in {@code entry}, one JSON object a line; {@code part} is reference, commune, tenant or outside. */
    record TableEntry(String table, String part, String entry, long rows) {
    }

    /** An evidence file, stored as {@code files/<sha256>}. */
    record FileEntry(String sha256, long size) {
    }

    static String fileEntry(String sha256) {
        return "files/" + sha256;
    }

    long totalRows() {
        return tables.stream().mapToLong(TableEntry::rows).sum();
    }
}
