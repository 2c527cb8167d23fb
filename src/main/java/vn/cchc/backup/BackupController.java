package vn.cchc.backup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.cchc.org.Commune;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.OrgDirectory;
import vn.cchc.org.Role;
import vn.cchc.shared.AuditNote;
import vn.cchc.shared.NotFoundException;
import vn.cchc.shared.VietnamTime;

/**
 * The backup page: the commune admin downloads the commune's archive, the province admin any commune's of the
 * province and imports an archive made on another instance.
 */
@Controller
class BackupController {

    private final CommuneExport export;
    private final CommuneImport importer;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    BackupController(CommuneExport export, CommuneImport importer, OrgDirectory org, ApplicationEventPublisher events,
                     MessageSource messages) {
        this.messages = messages;
        this.export = export;
        this.importer = importer;
        this.org = org;
        this.events = events;
    }

    @GetMapping("/backup")
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("communes", communesOf(me));
        model.addAttribute("canImport", me.role() == Role.PROVINCE_ADMIN);
        return "backup/index";
    }

    @GetMapping("/backup/communes/{communeCode}/archive.zip")
    void download(@AuthenticationPrincipal CurrentUser me, @PathVariable String communeCode,
                  HttpServletResponse response) throws IOException {
        Commune commune = communesOf(me).stream().filter(c -> c.code().equals(communeCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("commune", communeCode));
        String name = "cchc-" + commune.code() + "-"
                + LocalDate.now(VietnamTime.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Manifest manifest = export.export(commune, response.getOutputStream());
        events.publishEvent(new AuditNote("COMMUNE_EXPORTED", commune.id(), me.getUsername(), commune.code(),
                manifest.totalRows() + " rows, " + manifest.files().size() + " files"));
    }

    @PostMapping("/backup/import")
    String importArchive(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) MultipartFile archive,
                         Model model, HttpServletResponse response) throws IOException {
        if (me.role() != Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("import");
        }
        if (archive == null || archive.isEmpty()) {
            return refused(me, model, response, new ArchiveRefused("backup.import.noFile"));
        }
        Path file = Files.createTempFile("cchc-import-", ".zip");
        try {
            try (InputStream in = archive.getInputStream()) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            CommuneImport.Result result = importer.importArchive(file, me.provinceId());
            events.publishEvent(new AuditNote("COMMUNE_IMPORTED", result.communeId(), me.getUsername(),
                    result.communeCode(), result.rows() + " rows, " + result.files() + " files"));
            model.addAttribute("imported", result);
            return page(me, model);
        } catch (ArchiveRefused refusal) {
            return refused(me, model, response, refusal);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String refused(CurrentUser me, Model model, HttpServletResponse response, ArchiveRefused refusal) {
        response.setStatus(422);
        model.addAttribute("refusal", messages.getMessage(refusal.key(), refusal.args(),
                LocaleContextHolder.getLocale()));
        return page(me, model);
    }

    /** The communes whose archive the user may download: their own (commune admin), their province's (its admin). */
    private List<Commune> communesOf(CurrentUser me) {
        if (me.role() == Role.COMMUNE_ADMIN) {
            return List.of(org.commune(me.requireCommune()));
        }
        if (me.role() == Role.PROVINCE_ADMIN) {
            return org.communesOf(me.provinceId());
        }
        throw new AccessDeniedException("backup");
    }
}
