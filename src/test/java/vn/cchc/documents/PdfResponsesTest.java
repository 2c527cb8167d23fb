package vn.cchc.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A controller answering a PDF: the file where LibreOffice is, otherwise the error page saying what is missing. */
class PdfResponsesTest {

    @TempDir
    Path work;

    @Test
    void withLibreOfficeThePdfIsADownloadOrAPreviewNamedLikeTheDocument() {
        PdfConverter converter = new PdfConverter("", Duration.ofSeconds(120), work);
        assumeTrue(converter.available(), "LibreOffice (soffice) is not installed: PDF download not tested");

        ResponseEntity<byte[]> answer = new PdfResponses(converter)
                .previewOrUnavailable(SampleDocx.twoPagesA4(), "Báo cáo quý I.docx");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline;").contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD%20I.pdf");
        assertThat(new String(Arrays.copyOf(answer.getBody(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfPages.pageCount(answer.getBody())).isEqualTo(2);
    }

    @Test
    void withoutLibreOfficeTheErrorPageAnswers503WithTheReason() throws Exception {
        PdfConverter missing = new PdfConverter("/nonexistent/soffice", Duration.ofSeconds(60), work);
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ReportPdf(new PdfResponses(missing)))
                .setControllerAdvice(new PdfErrorPage()).build();

        mvc.perform(get("/report.pdf"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 503))
                .andExpect(model().attribute("problem", "documents.pdf.notFound"));
    }

    @Test
    void thePdfNameKeepsTheDocumentsNameAndDropsPathsAndExtension() {
        assertThat(PdfResponses.pdfName("Thư xin lỗi.docx")).isEqualTo("Thư xin lỗi.pdf");
        assertThat(PdfResponses.pdfName("../../etc/kế hoạch")).isEqualTo("kế hoạch.pdf");
        assertThat(PdfResponses.pdfName("")).isEqualTo("document.pdf");
    }

    /** Nested in a test class, so Spring Boot's test scan leaves it out of the application (no stray route). */
    @RestController
    static class ReportPdf {
        private final PdfResponses pdf;

        ReportPdf(PdfResponses pdf) {
            this.pdf = pdf;
        }

        @GetMapping("/report.pdf")
        ResponseEntity<byte[]> report() {
            return pdf.previewOrUnavailable(SampleDocx.twoPagesA4(), "report.docx");
        }
    }
}
