package vn.cchc.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.shared.FileNames;

/** Evidence files are recognised by their bytes, and their names are cleaned of path tricks. */
class FileTypeAndNameTest {

    @TempDir
    Path dir;

    private Optional<FileType> detect(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("f"), content);
        return FileType.detect(file);
    }

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(detect(EvidenceFiles.pdf("x"))).contains(FileType.PDF);
        assertThat(detect(EvidenceFiles.png())).contains(FileType.PNG);
        assertThat(detect(EvidenceFiles.jpeg())).contains(FileType.JPEG);
        assertThat(detect(EvidenceFiles.docx())).contains(FileType.DOCX);
        assertThat(detect(EvidenceFiles.xlsx())).contains(FileType.XLSX);
        assertThat(detect(EvidenceFiles.zip("a.txt"))).contains(FileType.ZIP);
    }

    @Test
    void refusesContentOfNoAcceptedType() throws IOException {
        assertThat(detect("MZ\u0090\u0000 an executable".getBytes())).isEmpty();
        assertThat(detect("<html><script>".getBytes())).isEmpty();
        assertThat(detect(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void extensionsMapToTypesCaseInsensitively() {
        assertThat(FileType.byExtension("Báo cáo.PDF")).contains(FileType.PDF);
        assertThat(FileType.byExtension("anh.jpeg")).contains(FileType.JPEG);
        assertThat(FileType.byExtension("anh.jpg")).contains(FileType.JPEG);
        assertThat(FileType.byExtension("virus.exe")).isEmpty();
        assertThat(FileType.byExtension("khong-duoi")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", value = {
            "../../etc/passwd.pdf -> passwd.pdf",
            "..\\..\\Windows\\system.ini.pdf -> system.ini.pdf",
            "C:\\Users\\vp\\Báo cáo tháng 3.docx -> Báo cáo tháng 3.docx",
            "...hidden.pdf -> hidden.pdf",
            "a<b>c:d\"e|f?g*.pdf -> a_b_c_d_e_f_g_.pdf",
            "/ -> ''",
    })
    void keepsOnlyASafeLastSegment(String original, String expected) {
        assertThat(FileNames.sanitise(original)).isEqualTo(expected);
    }

    @Test
    void dropsBidiControlsAndNulSoTheNameShowsWhatItIs() {
        // "hoso" + RTL override + "fdp.exe" displays as "hosoexe.pdf" but is an .exe.
        assertThat(FileNames.sanitise("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
        assertThat(FileNames.sanitise("bao\u0000cao\u2066.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileNames.sanitise("\u200Fa\u061Cb\u202A.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void capsLongNamesKeepingTheExtension() {
        String name = FileNames.sanitise("x".repeat(400) + ".pdf");
        assertThat(name).hasSize(150).endsWith(".pdf");
    }

    @Test
    void sweepsUnfinishedUploadsLeftByACrashAtStartButNotOnesAnotherInstanceMayBeWriting() throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        Path stray = Files.write(dir.resolve("tmp/upload-123.part"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(stray, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofMinutes(61))));
        Path writing = Files.write(dir.resolve("tmp/upload-456.part"), new byte[] {4, 5});
        new FileStore(dir);
        assertThat(stray).doesNotExist();
        assertThat(writing).exists();
    }
}
