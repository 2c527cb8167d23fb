package vn.cchc.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.cchc.calendar.Period;
import vn.cchc.dossier.importing.DossierImporter;
import vn.cchc.dossier.importing.ImportJobs;
import vn.cchc.dossier.indicators.IndicatorQueries;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.Ratio;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** Imports into the ledger and the figures the rollups then give, against the hand-computed January 2026 ledger. */
@IntegrationTest
class DossierLedgerTest {

    @Autowired Fixture fixture;
    @Autowired Ledgers ledgers;
    @Autowired IndicatorQueries indicators;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired DossierImporter importer;
    @Autowired ImportJobs jobs;

    Fixture.Commune c;

    @BeforeEach
    void januaryLedger() {
        c = ledgers.communeOn10February2026();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ImportJob importJanuary() {
        return ledgers.importBytes(c.unitHead(), "hoso-thang1.csv", Ledgers.utf8WithBom(Ledgers.csv(Ledgers.JANUARY)));
    }

    @Test
    void januaryFiguresMatchTheHandCount() {
        ImportJob job = importJanuary();

        assertThat(job.state()).isEqualTo("DONE");
        assertThat(job.inserted()).isEqualTo(10);
        ServiceFigures jan = indicators.totals(c.id(), Period.month(2026, 1), null);
        assertThat(jan.received()).isEqualTo(10);
        assertThat(List.of(jan.receivedDirect(), jan.receivedOnline(), jan.receivedPostal(), jan.receivedFull()))
                .containsExactly(6L, 3L, 1L, 1L);
        assertThat(List.of(jan.finished(), jan.early(), jan.onTime(), jan.late(), jan.lateApology()))
                .containsExactly(6L, 1L, 2L, 3L, 1L);
        assertThat(List.of(jan.openInTime(), jan.openOverdue())).containsExactly(3L, 1L);
        assertThat(jan.onTimeShare().percent()).isEqualByComparingTo("60.00");
        assertThat(jan.lateShare().percent()).isEqualByComparingTo("40.00");
        assertThat(jan.online().percent()).isEqualByComparingTo("30.00");
        assertThat(jan.onlinePayment()).isEqualTo(new Ratio(1, 2));
        assertThat(jan.digitisation()).isEqualTo(new Ratio(4, 10));
        assertThat(jan.electronicResults()).isEqualTo(new Ratio(2, 6));
        assertThat(jan.reuse()).isEqualTo(new Ratio(1, 10));
        assertThat(jan.apologies()).isEqualTo(new Ratio(1, 3));
        assertThat(jan.onlineDecisionInTime()).isEqualTo(new Ratio(2, 3));
        assertThat(jan.multiSupplement()).isEqualTo(1);
        assertThat(jan.dissatisfied()).isEqualTo(1);
    }

    @Test
    void theRunningMonthJudgesOpenDossiersNow() {
        importJanuary();

        ServiceFigures feb = indicators.totals(c.id(), Period.month(2026, 2), null);
        assertThat(List.of(feb.received(), feb.finished(), feb.early())).containsExactly(0L, 1L, 1L);
        assertThat(List.of(feb.openInTime(), feb.openOverdue())).containsExactly(1L, 2L);
        ServiceFigures q1 = indicators.totals(c.id(), Period.quarter(2026, 1), null);
        assertThat(q1.onTimeShare()).isEqualTo(new Ratio(5, 10));
    }

    @Test
    void breakdownsByOfficerUnitAndProcedure() {
        importJanuary();

        Map<String, ServiceFigures> officers = indicators.by(c.id(), Period.month(2026, 1), IndicatorQueries.Dimension.OFFICER, null);
        assertThat(officers.get("Nguyễn Văn An").lateShare()).isEqualTo(new Ratio(2, 5));
        assertThat(officers.get("Trần Thị Bình").lateShare()).isEqualTo(new Ratio(2, 5));
        Map<String, ServiceFigures> units = indicators.by(c.id(), Period.month(2026, 1), IndicatorQueries.Dimension.UNIT, null);
        assertThat(units.get(String.valueOf(c.centreUnit())).received()).isEqualTo(9);
        assertThat(units.get(String.valueOf(c.officeUnit())).late()).isEqualTo(1);
        Map<String, ServiceFigures> procedures = indicators.by(c.id(), Period.month(2026, 1), IndicatorQueries.Dimension.PROCEDURE, null);
        assertThat(procedures.get("2.001").received()).isEqualTo(3);
        assertThat(indicators.totals(c.id(), Period.month(2026, 1), c.officeUnit()).received()).isEqualTo(1);
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        importJanuary();
        List<Map<String, Object>> before = jdbc.sql("select * from dossier_month where commune_id = ? order by 2, 3, 4, 5")
                .param(c.id()).query().listOfRows();

        ImportJob again = importJanuary();

        assertThat(List.of(again.inserted(), again.updated(), again.unchanged())).containsExactly(0, 0, 10);
        assertThat(jdbc.sql("select * from dossier_month where commune_id = ? order by 2, 3, 4, 5").param(c.id())
                .query().listOfRows()).isEqualTo(before);
    }

    @Test
    void aChangedRowIsUpdatedAndTheFiguresFollow() {
        importJanuary();
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.set(4, rows.get(4).replace("29/01/2026;;;;0", "29/01/2026;29/01/2026 16:00;;;0"));   // HS05 finished on time

        ImportJob job = ledgers.importBytes(c.unitHead(), "hoso.csv", Ledgers.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(List.of(job.inserted(), job.updated(), job.unchanged())).containsExactly(0, 1, 9);
        ServiceFigures jan = indicators.totals(c.id(), Period.month(2026, 1), null);
        assertThat(List.of(jan.finished(), jan.onTime(), jan.openInTime(), jan.openOverdue())).containsExactly(7L, 3L, 3L, 0L);
        assertThat(jan.onTimeShare()).isEqualTo(new Ratio(7, 10));
    }

    @Test
    void aDossierMovedToAnotherMonthLeavesTheOldMonthToo() {
        importJanuary();
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.set(5, rows.get(5).replace("27/01/2026 08:00", "02/02/2026 08:00"));   // HS06 received in February

        ImportJob job = ledgers.importBytes(c.unitHead(), "hoso.csv", Ledgers.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(job.updated()).isEqualTo(1);
        ServiceFigures jan = indicators.totals(c.id(), Period.month(2026, 1), null);
        assertThat(List.of(jan.received(), jan.receivedPostal(), jan.openInTime(), jan.openOverdue())).containsExactly(9L, 0L, 2L, 1L);
        assertThat(indicators.totals(c.id(), Period.month(2026, 2), null).receivedPostal()).isEqualTo(1);
    }

    @Test
    void badRowsRejectTheWholeFileWithTheirLineNumbers() {
        importJanuary();
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.set(0, rows.get(0).replace("05/01/2026 10:00", "31/02/2026 10:00"));
        rows.set(2, rows.get(2).replace("Trực tiếp", "Fax"));
        rows.set(5, rows.get(5).replace("HS06;1.001", "HS06;"));
        rows.set(9, rows.get(9).replace("HS10", "HS11"));
        rows.add("HS12;9.999;Thủ tục lạ;Khác;TTPVHCC;Trần Thị Bình;Trực tiếp;;;02/02/2026 08:00;;;;;0;;;;;;");

        ImportJob job = ledgers.importBytes(c.unitHead(), "loi.csv", Ledgers.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.errorCount()).isEqualTo(4);
        assertThat(job.errors()).extracting(ImportJob.RowError::line, ImportJob.RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "dossier.import.row.date"),
                org.assertj.core.groups.Tuple.tuple(4L, "dossier.import.row.channel"),
                org.assertj.core.groups.Tuple.tuple(7L, "dossier.import.row.missing"),
                org.assertj.core.groups.Tuple.tuple(12L, "dossier.import.row.noDue"));
        assertThat(jdbc.sql("select count(*) from dossier where commune_id = ? and code = 'HS11'").param(c.id())
                .query(Long.class).single()).isZero();
        assertThat(indicators.totals(c.id(), Period.month(2026, 1), null).received()).isEqualTo(10);
    }

    @Test
    void aDossierCodeTwiceInOneFileIsRefused() {
        List<String> rows = new ArrayList<>(Ledgers.JANUARY);
        rows.add(rows.get(1));

        ImportJob job = ledgers.importBytes(c.unitHead(), "trung.csv", Ledgers.csv(rows).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(job.state()).isEqualTo("REJECTED");
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.args()).containsExactly("HS02", "3");
        });
    }

    @Test
    void windows1258AndCommaSeparatedFilesReadTheSame() {
        String comma = Ledgers.commaSeparated(Ledgers.csv(Ledgers.JANUARY));
        ImportJob job = ledgers.importBytes(c.unitHead(), "hoso-1258.csv", Ledgers.windows1258(comma));

        assertThat(job.state()).as(String.valueOf(job.errors())).isEqualTo("DONE");
        assertThat(jdbc.sql("select officer from dossier where commune_id = ? and code = 'HS01'").param(c.id())
                .query(String.class).single()).isEqualTo("Nguyễn Văn An");
        assertThat(indicators.totals(c.id(), Period.month(2026, 1), null).onTimeShare()).isEqualTo(new Ratio(6, 10));
    }

    @Test
    void anXlsxExportWithDateCellsAndIsoTextReadsLikeTheCsv() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Hồ sơ");
            org.apache.poi.ss.usermodel.CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            String[] header = Ledgers.HEADER.split(";");
            org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            int r = 1;
            for (String line : Ledgers.JANUARY) {
                org.apache.commons.csv.CSVRecord rec = org.apache.commons.csv.CSVParser.parse(line,
                        org.apache.commons.csv.CSVFormat.DEFAULT.builder().setDelimiter(';').get()).getRecords().get(0);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                for (int i = 0; i < rec.size(); i++) {
                    String v = rec.get(i);
                    org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
                    if (i == 9 && !v.isEmpty()) {          // Ngày tiếp nhận as a real date cell
                        cell.setCellValue(java.time.LocalDateTime.parse(v, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
                        cell.setCellStyle(dateStyle);
                    } else if (i == 11 && v.length() == 16) { // Ngày có kết quả as ISO text
                        cell.setCellValue(java.time.LocalDateTime.parse(v, java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")).toString());
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            book.write(out);
        }

        ImportJob job = ledgers.importBytes(c.unitHead(), "hoso.xlsx", out.toByteArray());

        assertThat(job.state()).as(String.valueOf(job.errors())).isEqualTo("DONE");
        assertThat(job.inserted()).isEqualTo(10);
        ServiceFigures jan = indicators.totals(c.id(), Period.month(2026, 1), null);
        assertThat(jan.onTimeShare()).isEqualTo(new Ratio(6, 10));
        assertThat(List.of(jan.early(), jan.onTime(), jan.late(), jan.openInTime(), jan.openOverdue()))
                .containsExactly(1L, 2L, 3L, 3L, 1L);
    }

    @Test
    void invalidUtf8AfterAValidStartIsExplained() throws Exception {
        byte[] good = Ledgers.csv(Ledgers.JANUARY).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] padded = new byte[(2 << 20) + good.length + 2];
        System.arraycopy(good, 0, padded, 0, good.length);
        java.util.Arrays.fill(padded, good.length, padded.length - 2, (byte) '\n');
        padded[padded.length - 2] = (byte) 0xC3;   // a lone lead byte after 2 MB of valid UTF-8
        padded[padded.length - 1] = (byte) 0x28;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hong", ".csv");
        java.nio.file.Files.write(file, padded);
        long job = jobs.create(c.id(), "hong.csv", padded.length, "x", c.unitHead().id());

        // Past the test profile's 1 MB upload limit, so straight to the importer (the sample read first is 1 MB).
        assertThatThrownBy(() -> importer.run(job, c.id(), file)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("dossier.import.encoding"));
        java.nio.file.Files.delete(file);
        assertThat(jdbc.sql("select count(*) from dossier where commune_id = ?").param(c.id()).query(Long.class).single()).isZero();
    }

    @Test
    void fileProblemsAreExplained() {
        assertThat(fileProblem(new byte[0], "rong.csv")).isEqualTo("dossier.import.empty");
        assertThat(fileProblem("Mã hồ sơ|Mã thủ tục|Hình thức nộp\nHS1|1|Trực tiếp\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "ong.csv"))
                .isEqualTo("dossier.import.delimiter");
        assertThat(fileProblem("Mã hồ sơ;Tên\nHS1;x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "thieu.csv"))
                .isEqualTo("dossier.import.missingColumns");
        assertThat(fileProblem((Ledgers.HEADER + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "tieude.csv"))
                .isEqualTo("dossier.import.noRows");
        assertThat(fileProblem(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4}, "cu.xls.csv"))
                .isEqualTo("dossier.import.xls");
        assertThat(fileProblem(new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9}, "hong.xlsx")).isEqualTo("dossier.import.xlsxBroken");
    }

    private String fileProblem(byte[] bytes, String name) {
        try {
            ledgers.importBytes(c.unitHead(), name, bytes);
        } catch (InvalidInput e) {
            return e.problems().get(0).messageKey();
        }
        ImportJob job = ledgers.recent(c.unitHead());
        return job.errors().isEmpty() ? job.state() : job.errors().get(0).messageKey();
    }

    @Test
    void monthlyTrendKeepsEachMonthsOwnOpenSet() {
        importJanuary();

        Map<YearMonth, ServiceFigures> months = indicators.months(c.id(), 2026, null);

        assertThat(months).containsOnlyKeys(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(months.get(YearMonth.of(2026, 1)).onTimeShare()).isEqualTo(new Ratio(6, 10));
        assertThat(months.get(YearMonth.of(2026, 2)).onTimeShare()).isEqualTo(new Ratio(2, 4));
    }

    @Test
    void aMonthThatEndedAfterTheImportIsJudgedOnFirstRead() {
        importJanuary();
        clock.setToday(LocalDate.of(2026, 3, 5));

        ServiceFigures feb = indicators.totals(c.id(), Period.month(2026, 2), null);

        // At 01/03 00:00: HS05 and HS06 overdue; HS09's clock stopped before its due time.
        assertThat(List.of(feb.openInTime(), feb.openOverdue())).containsExactly(1L, 2L);
        assertThat(jdbc.sql("select count(*) from dossier_open_snapshot where commune_id = ? and month = '2026-02-01'")
                .param(c.id()).query(Long.class).single()).isEqualTo(1);
    }
}
