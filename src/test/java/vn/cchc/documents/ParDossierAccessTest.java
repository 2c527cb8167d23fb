package vn.cchc.documents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.cchc.org.CurrentUser;
import vn.cchc.support.Fixture;
import vn.cchc.support.IntegrationTest;
import vn.cchc.support.MutableClock;

/** Who downloads a PAR dossier: the commune's document makers, and its province once it is submitted. */
@IntegrationTest
class ParDossierAccessTest {

    @Autowired ParDossierScenes dossiers;
    @Autowired Fixture fixture;
    @Autowired MockMvc mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void expect(CurrentUser who, long id, int status) throws Exception {
        for (String file : new String[] {"dossier.docx", "evidence.zip"}) {
            mvc.perform(get("/parindex/assessments/" + id + "/" + file).with(user(who)))
                    .andExpect(status().is(status));
        }
    }

    @Test
    void theCommunesDocumentMakersAndItsProvinceDownloadASubmittedDossierAndNobodyElseDoes() throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        Fixture.Commune c = s.commune();
        for (CurrentUser maker : new CurrentUser[] {c.standingAgency(), c.leader(), c.admin(), c.appraiser(),
                c.provinceAdmin()}) {
            expect(maker, s.assessmentId(), 200);
        }
        for (CurrentUser other : new CurrentUser[] {c.unitStaff(), c.unitHead(), c.viewer()}) {
            expect(other, s.assessmentId(), 403);
        }
        Fixture.Commune neighbour = fixture.communeBeside(c);
        expect(neighbour.standingAgency(), s.assessmentId(), 404);
        Fixture.Commune elsewhere = fixture.communeInOwnProvince();
        expect(elsewhere.appraiser(), s.assessmentId(), 404);
        expect(elsewhere.provinceAdmin(), s.assessmentId(), 404);
    }

    @Test
    void theProvinceSeesNoDossierBeforeTheChairmanSubmitsIt() throws Exception {
        ParDossierScenes.Scored s = dossiers.scored();
        expect(s.commune().standingAgency(), s.assessmentId(), 200);
        expect(s.commune().appraiser(), s.assessmentId(), 404);
    }

    @Test
    void theAssessmentPageOffersTheDossierToThoseWhoMayDownloadIt() throws Exception {
        ParDossierScenes.Scored s = dossiers.submitted();
        String link = "/parindex/assessments/" + s.assessmentId() + "/evidence.zip";
        mvc.perform(get("/parindex/assessments/" + s.assessmentId()).with(user(s.commune().appraiser())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
        mvc.perform(get("/parindex/assessments/" + s.assessmentId()).with(user(s.commune().unitStaff())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))));
    }
}
