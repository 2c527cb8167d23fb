package vn.cchc.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.shared.InvalidInput;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/** Uploading, storing, reading and hiding evidence: durable, checked, and never across communes or units. */
@IntegrationTest
class EvidenceStoreTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired EvidenceService evidence;
    @Autowired FileStore store;
    @Autowired JdbcClient jdbc;

    Fixture.Commune c;

    @BeforeEach
    void commune() {
        c = fixture.commune();
    }

    private long documents() {
        return jdbc.sql("select count(*) from evidence_document where commune_id = ?").param(c.id()).query(Long.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private EvidenceDocument upload(CurrentUser user, String name, byte[] bytes) {
        EvidenceForm meta = EvidenceForm.titled("Quyết định ban hành Kế hoạch CCHC", DocumentKind.QUYET_DINH);
        meta.setDocNumber("456/QĐ-UBND");
        return evidence.upload(user, null, meta, name, new ByteArrayInputStream(bytes));
    }

    @Test
    void uploadedPdfIsStoredUnderItsChecksumWithItsMetadataAndDownloadsIntact() throws Exception {
        byte[] pdf = EvidenceFiles.pdf("Quyết định 456");
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "QĐ 456 ngày 24-7-2025.pdf",
                                "application/pdf", pdf))
                        .param("title", "Quyết định ban hành Kế hoạch CCHC").param("docNumber", "456/QĐ-UBND")
                        .param("docDate", "24/07/2025").param("issuer", "UBND phường").param("kind", "QUYET_DINH")
                        .with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        EvidenceDocument doc = evidence.library(c.unitStaff(), null, "456").get(0);
        assertThat(doc.sha256()).isEqualTo(sha256(pdf));
        assertThat(doc.sizeBytes()).isEqualTo(pdf.length);
        assertThat(doc.fileType()).isEqualTo(FileType.PDF);
        assertThat(doc.docDate()).hasToString("2025-07-24");
        assertThat(doc.unitId()).isEqualTo(c.officeUnit());
        assertThat(Files.readAllBytes(store.pathOf(doc.sha256()))).isEqualTo(pdf);

        mvc.perform(get("/evidence/" + doc.id() + "/file").with(user(c.unitStaff())))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")));
        assertThat(jdbc.sql("select action from evidence_audit where document_id = ?").param(doc.id())
                .query(String.class).list()).containsExactly("UPLOAD");
    }

    @Test
    void searchIgnoresDiacritics() {
        upload(c.unitStaff(), "qd.pdf", EvidenceFiles.pdf("a"));
        assertThat(evidence.library(c.standingAgency(), null, "quyet dinh ban hanh")).hasSize(1);
        assertThat(evidence.library(c.standingAgency(), null, "thong bao")).isEmpty();
    }

    @Test
    void aFileTypeThatIsNotAcceptedIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "setup.exe", null, "MZ...".getBytes()))
                        .with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Không nhận loại tệp của setup.exe")));
        assertThat(documents()).isZero();
    }

    @Test
    void aFileWhoseContentLiesAboutItsExtensionIsRefused() throws Exception {
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
                                EvidenceFiles.png()))
                        .param("title", "Báo cáo quý III").param("docNumber", "88/BC-UBND")
                        .with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Tệp bao-cao.pdf có đuôi PDF nhưng nội dung không phải PDF")))
                // What the user typed is still in the form.
                .andExpect(content().string(containsString("value=\"Báo cáo quý III\"")))
                .andExpect(content().string(containsString("value=\"88/BC-UBND\"")));
        assertThatThrownBy(() -> upload(c.unitStaff(), "bang-tinh.xlsx", EvidenceFiles.docx()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("upload.typeMismatch"));
        assertThat(documents()).isZero();
        try (Stream<Path> parts = Files.list(store.tmpDirectory())) {
            assertThat(parts).isEmpty();
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingAndLeavesNoTrace() throws IOException {
        long limit = evidence.maxBytes();
        InputStream huge = new InputStream() {
            long left = limit + 1;

            @Override
            public int read() {
                return left-- > 0 ? '%' : -1;
            }
        };
        assertThatThrownBy(() -> evidence.upload(c.unitStaff(), null, new EvidenceForm(), "lon.pdf", huge))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("upload.tooLarge");
                    assertThat(e.problems().get(0).args()).containsExactly("20");
                });
        assertThat(documents()).isZero();
        try (Stream<Path> parts = Files.list(store.tmpDirectory())) {
            assertThat(parts).isEmpty();
        }
    }

    @Test
    void anEmptyFileOrNoFileIsRefused() throws Exception {
        mvc.perform(multipart("/evidence").file(new MockMultipartFile("file", "rong.pdf", "application/pdf", new byte[0]))
                        .with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Tệp rong.pdf rỗng")));
        mvc.perform(multipart("/evidence").with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().is(422)).andExpect(content().string(containsString("Chưa chọn tệp")));
        assertThat(documents()).isZero();
    }

    @Test
    void pathTricksInTheFileNameAreStripped() throws Exception {
        EvidenceDocument doc = upload(c.unitStaff(), "../../../etc/passwd.pdf", EvidenceFiles.pdf("passwd"));
        assertThat(doc.fileName()).isEqualTo("passwd.pdf");
        assertThat(store.pathOf(doc.sha256())).exists();
        mvc.perform(get("/evidence/" + doc.id() + "/file").with(user(c.unitStaff())))
                .andExpect(header().string("Content-Disposition", containsString("passwd.pdf")))
                .andExpect(header().string("Content-Disposition", not(containsString(".."))));
    }

    @Test
    void anUploadKilledMidwayLeavesNoHalfFileAndNoRow() throws IOException {
        byte[] start = EvidenceFiles.pdf("x".repeat(200_000));
        InputStream dying = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent == 150_000) {
                    throw new IOException("connection reset by peer");
                }
                return start[sent++];
            }
        };
        assertThatThrownBy(() -> evidence.upload(c.unitStaff(), null, new EvidenceForm(), "dang-do.pdf", dying))
                .isInstanceOf(EvidenceService.UploadInterrupted.class);
        assertThat(documents()).isZero();
        try (Stream<Path> parts = Files.list(store.tmpDirectory())) {
            assertThat(parts).isEmpty();
        }
        assertThat(store.pathOf(sha256Unchecked(start))).doesNotExist();
    }

    private static String sha256Unchecked(byte[] bytes) {
        try {
            return sha256(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void identicalBytesAreStoredOnceButEachUploadHasItsOwnRow() throws Exception {
        byte[] pdf = EvidenceFiles.pdf("same");
        EvidenceDocument first = upload(c.unitStaff(), "a.pdf", pdf);
        EvidenceDocument second = upload(c.standingAgency(), "b.pdf", pdf);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(Files.readAllBytes(store.pathOf(first.sha256()))).isEqualTo(pdf);
    }

    @Test
    void aStoredFileThatNoLongerMatchesItsChecksumIsNotServed() throws Exception {
        EvidenceDocument doc = upload(c.unitStaff(), "hong.pdf", EvidenceFiles.pdf("sẽ bị hỏng"));
        Path file = store.pathOf(doc.sha256());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(file, bytes);
        mvc.perform(get("/evidence/" + doc.id() + "/file").with(user(c.unitStaff())))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("không khớp mã kiểm tra")));
    }

    @Test
    void nobodyReadsAnotherCommunesEvidenceEvenByGuessingItsIdOrHash() throws Exception {
        byte[] pdf = EvidenceFiles.pdf("bí mật của A");
        EvidenceDocument ofA = upload(c.unitStaff(), "a.pdf", pdf);
        Fixture.Commune b = fixture.commune();
        for (CurrentUser outsider : new CurrentUser[] {b.admin(), b.standingAgency(), b.unitStaff(), b.provinceAdmin()}) {
            mvc.perform(get("/evidence/" + ofA.id() + "/file").with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/evidence/" + ofA.id() + "/hide").with(user(outsider)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        // Uploading the same bytes gives B its own document; it never opens A's.
        EvidenceDocument ofB = evidence.upload(b.unitStaff(), null, new EvidenceForm(), "b.pdf", new ByteArrayInputStream(pdf));
        assertThat(ofB.id()).isNotEqualTo(ofA.id());
        mvc.perform(get("/evidence").param("q", ofA.sha256()).with(user(b.standingAgency())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/evidence/" + ofA.id() + "/file"))));
        mvc.perform(get("/evidence/" + ofA.sha256() + "/file").with(user(b.standingAgency())))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select hidden_at is null from evidence_document where id = ?").param(ofA.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void unitStaffReadOnlyTheirOwnUnitsDocumentsWhileCoordinatorsReadAll() throws Exception {
        EvidenceDocument ofOffice = upload(c.unitStaff(), "vp.pdf", EvidenceFiles.pdf("VP"));
        mvc.perform(get("/evidence/" + ofOffice.id() + "/file").with(user(c.unitHead()))).andExpect(status().isForbidden());
        mvc.perform(get("/evidence/" + ofOffice.id() + "/file").with(user(c.standingAgency()))).andExpect(status().isOk());
        mvc.perform(get("/evidence/" + ofOffice.id() + "/file").with(user(c.viewer()))).andExpect(status().isOk());
        assertThat(evidence.library(c.unitHead(), null, null)).isEmpty();
        assertThat(evidence.library(c.leader(), null, null)).extracting(EvidenceDocument::id).containsExactly(ofOffice.id());
    }

    @Test
    void hidingKeepsTheRowAndTheFileWithAnAuditEntry() throws Exception {
        EvidenceDocument doc = upload(c.unitStaff(), "an.pdf", EvidenceFiles.pdf("ẩn"));
        mvc.perform(post("/evidence/" + doc.id() + "/hide").with(user(c.unitStaff())).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evidence/" + doc.id() + "/hide").param("reason", "Tải nhầm").with(user(c.standingAgency()))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(evidence.library(c.standingAgency(), null, null)).isEmpty();
        assertThat(documents()).isEqualTo(1);
        assertThat(store.pathOf(doc.sha256())).exists();
        assertThat(jdbc.sql("select action || ':' || coalesce(note, '') from evidence_audit where document_id = ? order by id")
                .param(doc.id()).query(String.class).list()).containsExactly("UPLOAD:", "HIDE:Tải nhầm");
        // A report that cites it can still open it.
        mvc.perform(get("/evidence/" + doc.id() + "/file").with(user(c.standingAgency()))).andExpect(status().isOk());
    }
}
