package vn.cchc.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;

/**
 * Uploads through the start page: a DOCX with real tables becomes a draft kept with its bytes and checksum, and a
 * file the source reader refuses comes back on the form with the reader's message, nothing stored.
 */
@IntegrationTest
class UploadedDocumentImportTest {

    @Autowired MockMvc mvc;
    @Autowired Fixture fixture;
    @Autowired JdbcClient jdbc;

    @Test
    void seed001AsDocxBecomesADraftOfItsAppendixTasksKeptWithItsBytes() throws Exception {
        Fixture.Commune c = fixture.commune();
        byte[] docx = SeedDocuments.docx(SeedDocuments.Seed.S001);
        String location = mvc.perform(multipart("/plans/import")
                        .file(new MockMultipartFile("file", "ke-hoach-2025.docx", "application/octet-stream", docx))
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/plans/import/".length()));
        assertThat(jdbc.sql("""
                        select source_kind || ':' || file_name || ':' || size_bytes || ':' || (sha256 = encode(sha256(source_bytes), 'hex'))
                               || ':' || (source_bytes = ?) from plan_import_draft where id = ?""")
                .params(docx, id).query(String.class).single())
                .isEqualTo("DOCX:ke-hoach-2025.docx:" + docx.length + ":true:true");
        // Seed 001's appendix has 51 tasks (the demo's transcription); duties its prose merely offers are not counted.
        assertThat(jdbc.sql("""
                        select count(*) from plan_import_draft d, jsonb_array_elements(d.draft -> 'tasks') t
                        where d.id = ? and not coalesce((t ->> 'offered')::boolean, false)""")
                .param(id).query(Integer.class).single()).isBetween(49, 51);
        String page = HtmlUtils.htmlUnescape(mvc.perform(get(location).with(user(c.standingAgency())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("ke-hoach-2025.docx (tệp Word", "Nguồn: dòng");
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRefusedOnTheFormAndNothingIsStored() throws Exception {
        Fixture.Commune c = fixture.commune();
        String page = HtmlUtils.htmlUnescape(mvc.perform(multipart("/plans/import")
                        .file(new MockMultipartFile("file", "nen.docx", "application/zip", new byte[] {'P', 'K', 3, 4, 1}))
                        .param("text", "giữ nguyên")
                        .with(user(c.standingAgency())).with(csrf()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("“nen.docx” là tệp nén nhưng không phải tài liệu Word", "giữ nguyên</textarea>");
        assertThat(jdbc.sql("select count(*) from plan_import_draft where commune_id = ?").param(c.id())
                .query(Integer.class).single()).isZero();
    }
}
