package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.MutableClock;
import vn.cchc.support.IntegrationTest;

/** The evidence ZIP: a folder per criterion, files named from number, date and title, checked, and indexed last. */
@IntegrationTest
class EvidencePackageTest {

    private static final String DECISION = "12-QD-UBND_2026-03-05_Quyet dinh ban hanh quy che.pdf";
    private static final String REPORT = "15-BC-UBND_2026-03-05_Bao cao ket qua- quy I-.pdf";
    private static final String REPORT_AGAIN = "15-BC-UBND_2026-03-05_Bao cao ket qua- quy I- (2).pdf";

    @Autowired ParDossierScenes dossiers;
    @Autowired EvidenceService evidence;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, byte[]> unzip(CurrentUser who, long id) throws Exception {
        byte[] zip = mvc.perform(get("/parindex/assessments/" + id + "/evidence.zip").with(user(who)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static List<List<String>> index(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < EvidenceZip.INDEX_HEADERS.size(); c++) {
                    Cell cell = r.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void eachCriterionHasItsFolderWithTheDocumentsItCitesNamedByNumberDateAndTitleAndTheIndexListsThemAll()
            throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        Map<String, byte[]> files = unzip(s.commune().appraiser(), s.assessmentId());
        assertThat(files.keySet()).containsExactly("A2.1/" + DECISION, "A2.2/" + DECISION, "A2.2/" + REPORT,
                "A2.2/" + REPORT_AGAIN, EvidenceZip.INDEX);
        assertThat(sha256(files.get("A2.1/" + DECISION))).isEqualTo(s.decision().sha256());
        assertThat(sha256(files.get("A2.2/" + DECISION))).isEqualTo(s.decision().sha256());
        assertThat(sha256(files.get("A2.2/" + REPORT))).isEqualTo(s.report().sha256());
        assertThat(sha256(files.get("A2.2/" + REPORT_AGAIN))).isEqualTo(s.reportAgain().sha256());

        List<List<String>> index = index(files.get(EvidenceZip.INDEX));
        assertThat(index.get(0)).isEqualTo(EvidenceZip.INDEX_HEADERS);
        assertThat(index).hasSize(5);
        String date = "05/03/2026";
        assertThat(index.get(1)).containsExactly("A2.1", "Quyết định", "A2.1/" + DECISION, "12/QĐ-UBND", date,
                "Quyết định ban hành quy chế", String.valueOf(s.decision().sizeBytes()), s.decision().sha256(),
                EvidenceZip.MATCH);
        assertThat(index.get(3)).containsExactly("A2.2", "Báo cáo", "A2.2/" + REPORT, "15/BC-UBND", date,
                "Báo cáo kết quả: quý I?", String.valueOf(s.report().sizeBytes()), s.report().sha256(),
                EvidenceZip.MATCH);
        assertThat(index.get(4).get(2)).isEqualTo("A2.2/" + REPORT_AGAIN);
    }

    @Test
    void aStoredFileWhoseBytesNoLongerMatchItsChecksumIsStillPackedAndFlaggedInTheIndex() throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        Path stored = evidence.openUnverified(s.commune().id(), s.report().id()).file();
        byte[] original = Files.readAllBytes(stored);
        byte[] damaged = "%PDF-1.4 damaged on disk".getBytes();
        stored.toFile().setWritable(true);
        Files.write(stored, damaged);
        try {
            Map<String, byte[]> files = unzip(s.commune().standingAgency(), s.assessmentId());
            assertThat(files.get("A2.2/" + REPORT)).isEqualTo(damaged);
            List<List<String>> index = index(files.get(EvidenceZip.INDEX));
            assertThat(index.get(3).get(7)).isEqualTo(s.report().sha256());
            assertThat(index.get(3).get(8)).isEqualTo(EvidenceZip.MISMATCH + sha256(damaged));
            assertThat(index.get(1).get(8)).isEqualTo(EvidenceZip.MATCH);
        } finally {
            Files.write(stored, original);
        }
    }

    @Test
    void namesAreFoldedToAsciiFreeOfWindowsForbiddenCharactersCappedAndUniqueInTheirFolder() {
        assertThat(ZipNames.file("12/QĐ-UBND", LocalDate.of(2026, 3, 5), "Đề án: \"Cải cách\" <một cửa>|*?",
                "ban goc.PDF")).isEqualTo("12-QD-UBND_2026-03-05_De an- -Cai cach- -mot cua-.pdf");
        assertThat(ZipNames.file(null, null, "CON", "x.docx")).isEqualTo("_CON.docx");
        assertThat(ZipNames.file(null, null, "Báo cáo ... ", "x.pdf")).isEqualTo("Bao cao.pdf");
        assertThat(ZipNames.file(null, null, "a".repeat(300), "x.pdf")).hasSize(ZipNames.MAX_NAME);
        ZipNames names = new ZipNames();
        assertThat(names.unique("A1", "Bao cao.pdf")).isEqualTo("Bao cao.pdf");
        assertThat(names.unique("A1", "BAO CAO.pdf")).isEqualTo("BAO CAO (2).pdf");
        assertThat(names.unique("A2", "Bao cao.pdf")).isEqualTo("Bao cao.pdf");
    }
}
