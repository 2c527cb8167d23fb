package vn.cchc.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.cchc.evidence.EvidenceDocument;
import vn.cchc.shared.Sha256;
import vn.cchc.shared.XlsxTable;

/**
 * Writes the evidence package straight to the response: a folder per criterion code holding each document it cites
 * (a document cited by several criteria is in each folder), copied from disk through a small buffer, so memory does
 * not grow with the package. Each file's SHA-256 is checked while it is copied. The index sheet {@value #INDEX} is
 * written last, when every copy's check is known, and lists a mismatch or a missing file instead of hiding it.
 */
final class EvidenceZip {

    static final String INDEX = "muc-luc.xlsx";
    static final String MATCH = "Khớp";
    static final String MISSING = "Không tìm thấy tệp trên máy chủ";
    static final String MISMATCH = "KHÔNG KHỚP: tệp có SHA-256 ";
    static final List<String> INDEX_HEADERS = List.of("Mã tiêu chí", "Tên tiêu chí", "Tệp trong gói",
            "Số, ký hiệu", "Ngày văn bản", "Trích yếu, tên tài liệu", "Dung lượng (byte)", "SHA-256", "Kiểm tra");
    private static final int BUFFER = 64 * 1024;

    /** One document under one criterion; {@code sha256} is the checksum recorded when it was cited. */
    record Entry(String criterionCode, String criterionTitle, EvidenceDocument document, String sha256, Path file) {
    }

    private EvidenceZip() {
    }

    static void write(List<Entry> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Most evidence is PDF or JPEG, already compressed: the fastest level costs little size and much less CPU.
        zip.setLevel(Deflater.BEST_SPEED);
        ZipNames names = new ZipNames();
        List<Object[]> index = new ArrayList<>();
        byte[] buffer = new byte[BUFFER];
        for (Entry e : entries) {
            EvidenceDocument d = e.document();
            String folder = ZipNames.folder(e.criterionCode());
            String path = folder + "/" + names.unique(folder,
                    ZipNames.file(d.docNumber(), d.docDate(), d.title(), d.fileName()));
            String check = copy(e.file(), path, e.sha256(), zip, buffer);
            index.add(new Object[] {e.criterionCode(), e.criterionTitle(), check.equals(MISSING) ? "" : path,
                    d.docNumber(), d.docDate(), d.title(), d.sizeBytes(), e.sha256(), check});
        }
        zip.putNextEntry(new ZipEntry(INDEX));
        try (XlsxTable sheet = new XlsxTable()) {
            sheet.sheet("Mục lục", INDEX_HEADERS);
            index.forEach(sheet::row);
            sheet.write(new Unclosable(zip));
        }
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** Copies one file into the ZIP, returning what its checksum check found. */
    private static String copy(Path file, String path, String expected, ZipOutputStream zip, byte[] buffer)
            throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        MessageDigest sha = Sha256.digest();
        try (in) {
            zip.putNextEntry(new ZipEntry(path));
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
            }
            zip.closeEntry();
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        return actual.equals(expected) ? MATCH : MISMATCH + actual;
    }

    /** POI closes the stream it writes a workbook to; the ZIP must stay open for its central directory. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
