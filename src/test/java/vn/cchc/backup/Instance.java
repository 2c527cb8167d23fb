package vn.cchc.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import vn.cchc.CchcApplication;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.support.TestClockConfiguration;

/** One running instance of the application on its own database (and its own evidence directory). */
final class Instance implements AutoCloseable {

    private static final Pattern CHART_DATA = Pattern.compile("data-(?:chart|points|trend|months|series)=\"([^\"]*)\"");

    final ConfigurableApplicationContext context;
    final JdbcClient jdbc;
    final Path files;
    private final MockMvc mvc;

    private Instance(ConfigurableApplicationContext context, Path files) {
        this.context = context;
        this.files = files;
        this.jdbc = context.getBean(JdbcClient.class);
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    static Instance start(String jdbcUrl, boolean demoData) throws Exception {
        Path files = Files.createTempDirectory("cchc-backup-files-");
        return new Instance(new SpringApplicationBuilder(CchcApplication.class, TestClockConfiguration.class)
                .web(WebApplicationType.SERVLET).profiles("test")
                // arguments, since they outrank application-test.properties (which turns demo data off)
                .run("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                        "--cchc.demo-data=" + demoData, "--cchc.evidence.root=" + files, "--server.port=0",
                        "--spring.jmx.enabled=false", "--spring.datasource.hikari.maximum-pool-size=4"), files);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    CurrentUser signedIn(String username) {
        long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        return bean(OrgDirectory.class).enabledUser(id).orElseThrow();
    }

    MvcResult request(String path, String username) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .with(SecurityMockMvcRequestPostProcessors.user(signedIn(username)))).andReturn();
    }

    /** What a person reads on the page: its text and the figures its charts draw, without links, ids and tokens. */
    String pageText(String path, String username) throws Exception {
        MvcResult result = request(path, username);
        if (result.getResponse().getStatus() != 200) {
            throw new AssertionError(path + " as " + username + ": " + result.getResponse().getStatus());
        }
        String html = result.getResponse().getContentAsString();
        StringBuilder charts = new StringBuilder();
        Matcher m = CHART_DATA.matcher(html);
        while (m.find()) {
            charts.append(m.group(1)).append('\n');
        }
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("\\s+", " ").trim();
        return text + "\n" + charts;
    }

    /** Rows of each of the commune's tables, by table. */
    Map<String, Long> tenantRows(long communeId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (SchemaCatalog.Table t : ArchiveScope.of(bean(SchemaCatalog.class).tables()).tenant) {
            rows.put(t.name(), jdbc.sql("select count(*) from \"" + t.name() + "\" where commune_id = ?")
                    .param(communeId).query(Long.class).single());
        }
        return rows;
    }

    /** The commune's rows of each tenant table as JSON, without the columns that hold ids, sorted. */
    Map<String, java.util.List<String>> rowsWithoutIds(long communeId) {
        Map<String, java.util.List<String>> rows = new LinkedHashMap<>();
        for (SchemaCatalog.Table t : ArchiveScope.of(bean(SchemaCatalog.class).tables()).tenant) {
            java.util.Set<String> ids = new java.util.HashSet<>(java.util.List.of("commune_id"));
            if (t.serial() != null) {
                ids.add(t.serial());
            }
            ArchiveScope.references(t).forEach(k -> ids.addAll(k.columns()));
            String columns = String.join(", ", t.columns().stream().map(SchemaCatalog.Column::name)
                    .filter(c -> !ids.contains(c) || !t.column(c).orElseThrow().type().equals("bigint"))
                    .map(c -> "\"" + c + "\"").toList());
            rows.put(t.name(), jdbc.sql("select row_to_json(x)::text from (select " + columns + " from \"" + t.name()
                    + "\" where commune_id = ?) x order by 1").param(communeId).query(String.class).list());
        }
        return rows;
    }

    /** Rows of every table: what "nothing stored" is checked against. */
    Map<String, Long> allRows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : bean(SchemaCatalog.class).tables().keySet()) {
            rows.put(t, jdbc.sql("select count(*) from \"" + t + "\"").query(Long.class).single());
        }
        return rows;
    }

    long communeId(String code) {
        return jdbc.sql("select id from commune where code = ?").param(code).query(Long.class).single();
    }

    void copyFile(String sha256, OutputStream out) throws Exception {
        bean(vn.cchc.evidence.EvidenceArchive.class).copyTo(sha256, out);
    }

    /** Files in the evidence store (temporary ones included). */
    long storedFiles() throws java.io.IOException {
        try (var walk = Files.walk(files)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
