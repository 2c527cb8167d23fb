package vn.cchc.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.evidence.EvidenceService;
import vn.cchc.pakn.PaknService;

/** Evidence metadata (never the files) and the PAKN register of the key's commune. */
@RestController
@Tag(name = "Minh chứng và PAKN")
class RecordsApi {

    static final int MAX_EVIDENCE = 500;

    private final EvidenceService evidence;
    private final PaknService pakn;

    RecordsApi(EvidenceService evidence, PaknService pakn) {
        this.evidence = evidence;
        this.pakn = pakn;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EvidenceJson(long id, long unitId, String unitName, String title, String docNumber, LocalDate docDate,
                        String issuer, String kind, String fileName, String fileType, long sizeBytes, String sha256,
                        Instant uploadedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PaknJson(long id, String code, LocalDate receivedOn, String channel, String content, String dossierCode,
                    LocalDate dueOn, LocalDate answeredOn, LocalDate publishedOn, boolean disliked,
                    boolean recomplained) {
    }

    @GetMapping("/api/v1/evidence")
    @RequiresScope(ApiScope.EVIDENCE_READ)
    @Operation(summary = "Thông tin tài liệu minh chứng (không kèm tệp), mới nhất trước")
    List<EvidenceJson> evidence(@AuthenticationPrincipal ApiClient client,
                                @Parameter(description = "Số tài liệu tối đa (1–500)")
                                @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_EVIDENCE) {
            throw new ApiRefusal(400, "api.badLimit", MAX_EVIDENCE);
        }
        return evidence.latest(client.communeId(), limit).stream()
                .map(d -> new EvidenceJson(d.id(), d.unitId(), d.unitName(), d.title(), d.docNumber(), d.docDate(),
                        d.issuer(), d.kind() == null ? null : d.kind().name(), d.fileName(),
                        d.fileType() == null ? null : d.fileType().name(), d.sizeBytes(), d.sha256(), d.uploadedAt()))
                .toList();
    }

    @GetMapping("/api/v1/pakn")
    @RequiresScope(ApiScope.PAKN_READ)
    @Operation(summary = "Phản ánh, kiến nghị nhận trong kỳ, mới nhất trước")
    List<PaknJson> pakn(@AuthenticationPrincipal ApiClient client,
                        @Parameter(description = "Mã kỳ: 2025, 2025M03, 2025Q1, 2025S1, 2025N9", example = "2025")
                        @RequestParam String period) {
        return pakn.received(client.communeId(), ApiPeriods.parse(period)).stream()
                .map(p -> new PaknJson(p.id(), p.code(), p.receivedOn(), p.channel() == null ? null : p.channel().name(),
                        p.content(), p.dossierCode(), p.dueOn(), p.answeredOn(), p.publishedOn(), p.disliked(),
                        p.recomplained()))
                .toList();
    }
}
