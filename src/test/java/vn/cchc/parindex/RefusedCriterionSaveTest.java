package vn.cchc.parindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.evidence.EvidenceFiles;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** A criterion save refused as stale (someone saved it meanwhile) keeps nothing of the request, not even its file. */
@IntegrationTest
class RefusedCriterionSaveTest {

    @Autowired Scenes scenes;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStaleSaveWithAnUploadAnswers409AndStoresNoDocument() throws Exception {
        Fixture.Commune c = scenes.communeWithSet(Scenes.SMALL_SET);
        long id = scenes.startHalfYear(c);
        AssessmentItem a21 = scenes.row(c, id, "A2.1").item();
        scenes.propose(c, id, "A2.1", "0", null, null); // a colleague saved first: the version moved on

        mvc.perform(multipart("/parindex/items/" + a21.id())
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", EvidenceFiles.pdf("Quyết định")))
                        .param("points", "2").param("version", String.valueOf(a21.version()))
                        .param("title", "Quyết định ban hành quy chế").with(csrf()).with(user(c.unitStaff())))
                .andExpect(status().isConflict());

        assertThat(jdbc.sql("select count(*) from evidence_document where commune_id = ?").param(c.id())
                .query(Long.class).single()).isZero();
        assertThat(scenes.row(c, id, "A2.1").item().selfPoints()).isEqualByComparingTo("0");
        assertThat(scenes.row(c, id, "A2.1").evidence()).isEmpty();
    }
}
