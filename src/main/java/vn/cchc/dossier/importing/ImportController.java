package vn.cchc.dossier.importing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.cchc.dossier.DossierImports;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OneStopAccess;
import vn.cchc.shared.CleanText;
import vn.cchc.shared.Formats;

/**
 * Importing the one-stop export. The file is sent as the raw request body (so a 200 MB export is streamed to disk
 * instead of going through the multipart limit meant for evidence files); the answer names the job whose page
 * polls its progress.
 */
@Controller
class ImportController {

    private final DossierImports imports;
    private final ColumnMappings mappings;
    private final OneStopAccess access;

    ImportController(DossierImports imports, ColumnMappings mappings, OneStopAccess access) {
        this.imports = imports;
        this.mappings = mappings;
        this.access = access;
    }

    @GetMapping("/dossiers/imports")
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        access.requireManage(me);
        model.addAttribute("jobs", imports.recent(me));
        model.addAttribute("fields", DossierField.values());
        model.addAttribute("mapping", mappings.saved(me.requireCommune()));
        model.addAttribute("maxMegabytes", Formats.megabytes(imports.maxBytes()));
        model.addAttribute("maxBytes", imports.maxBytes());
        return "dossier/imports";
    }

    @PostMapping(value = "/dossiers/imports", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> upload(@AuthenticationPrincipal CurrentUser me,
                                               @RequestHeader("X-File-Name") String encodedName,
                                               HttpServletRequest request) throws IOException {
        long id = imports.submit(me, fileName(encodedName), request.getInputStream());
        return ResponseEntity.accepted().body(Map.of("id", id, "url", "/dossiers/imports/" + id));
    }

    /** The page sends the name URL-encoded; a name that is not (e.g. "%zz.csv" from another client) is kept as sent. */
    private static String fileName(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return encoded;
        }
    }

    @GetMapping("/dossiers/imports/{id}")
    String job(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        access.requireManage(me);
        model.addAttribute("job", imports.job(me, id));
        return "dossier/import";
    }

    /** The job's status block, polled by htmx every second while it runs. */
    @GetMapping("/dossiers/imports/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
        access.requireManage(me);
        model.addAttribute("job", imports.job(me, id));
        return "dossier/import :: status";
    }

    @PostMapping("/dossiers/imports/mapping")
    String saveMapping(@AuthenticationPrincipal CurrentUser me, @RequestParam Map<String, String> params) {
        access.requireManage(me);
        Map<DossierField, String> headers = new EnumMap<>(DossierField.class);
        for (DossierField f : DossierField.values()) {
            String h = params.get("field." + f.name());
            if (h != null && h.length() <= 200) {
                headers.put(f, CleanText.clean(h)); // read from the raw map: the binder's cleaning does not apply
            }
        }
        mappings.save(me.requireCommune(), headers);
        return "redirect:/dossiers/imports?saved";
    }

    /** An empty CSV with the commune's headers, UTF-8 with a byte-order mark so Excel opens it correctly. */
    @GetMapping("/dossiers/imports/template.csv")
    void template(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        ColumnMapping mapping = mappings.of(me.requireCommune());
        StringBuilder line = new StringBuilder("\uFEFF");
        for (DossierField f : DossierField.values()) {
            if (line.length() > 1) {
                line.append(';');
            }
            line.append('"').append(mapping.headerFor(f).replace("\"", "\"\"")).append('"');
        }
        line.append("\r\n");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"mau-nhap-ho-so.csv\"");
        response.getOutputStream().write(line.toString().getBytes(StandardCharsets.UTF_8));
    }
}
