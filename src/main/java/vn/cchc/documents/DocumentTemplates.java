package vn.cchc.documents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.Role;
import vn.cchc.shared.InvalidInput;
import vn.cchc.shared.Sha256;

/**
 * The template each province's communes use for each document (its own latest upload, else the shipped default),
 * and rendering a document with it. Only the province admin changes a province's templates.
 */
@Service
public class DocumentTemplates {

    static final int MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTemplates.class);

    private final TemplateRepository repository;
    private final Clock clock;

    DocumentTemplates(TemplateRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The document filled from the province's template; a stored template that no longer renders falls back. */
    byte[] render(long provinceId, DocumentKind kind, DocumentHeader header, Map<String, Object> body) {
        Map<String, Object> data = new LinkedHashMap<>(header.placeholders());
        data.putAll(body);
        byte[] template = template(provinceId, kind);
        try {
            return DocxRenderer.render(kind.vocabulary(), template, data);
        } catch (RuntimeException e) {
            LOG.warn("province {} template for {} failed to render; using the default", provinceId, kind, e);
            return DocxRenderer.render(kind.vocabulary(), DefaultTemplates.of(kind), data);
        }
    }

    byte[] template(long provinceId, DocumentKind kind) {
        return repository.current(provinceId, kind).orElseGet(() -> DefaultTemplates.of(kind));
    }

    boolean usesDefault(long provinceId, DocumentKind kind) {
        return !repository.hasOwn(provinceId, kind);
    }

    List<TemplateRepository.Version> history(CurrentUser admin) {
        requireAdmin(admin);
        return repository.history(admin.provinceId());
    }

    /**
     * Stores the upload as the province's new version, or refuses it with every problem found. The checks (a trial
     * render among them) run before any database work, so no connection waits on them.
     */
    void upload(CurrentUser admin, DocumentKind kind, String fileName, byte[] content) {
        requireAdmin(admin);
        if (content.length > MAX_TEMPLATE_BYTES) {
            throw InvalidInput.of("file", "documents.template.tooLarge", MAX_TEMPLATE_BYTES / (1024 * 1024));
        }
        List<TemplateProblem> problems = TemplateInspector.inspect(kind, content);
        if (!problems.isEmpty()) {
            List<InvalidInput.Problem> refused = new ArrayList<>();
            problems.forEach(p -> refused.add(new InvalidInput.Problem("file", p.messageKey(),
                    p.arguments().toArray())));
            throw new InvalidInput(refused);
        }
        repository.appendAtomically(admin.provinceId(), kind, content, Sha256.hex(content), fileName, admin.id(),
                clock.instant());
    }

    void useDefault(CurrentUser admin, DocumentKind kind) {
        requireAdmin(admin);
        if (!usesDefault(admin.provinceId(), kind)) {
            repository.appendAtomically(admin.provinceId(), kind, null, null, null, admin.id(), clock.instant());
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("only the province admin manages document templates");
        }
    }
}
