package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.cchc.support.IntegrationTest;

/** The OpenAPI document and Swagger UI are public (they describe the API, hold no data) and open no session. */
@IntegrationTest
class ApiDocumentsTest {

    @Autowired MockMvc mvc;

    @Test
    void anyoneReadsTheDocumentAndTheUiWithoutASession() throws Exception {
        MvcResult doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/v1/dossiers'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/calendar/working-day']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api-keys']").doesNotExist())
                .andReturn();
        assertThat(doc.getRequest().getSession(false)).isNull();

        String ui = mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(ui).endsWith("/swagger-ui/index.html");
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
