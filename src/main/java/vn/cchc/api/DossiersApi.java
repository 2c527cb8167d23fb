package vn.cchc.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.dossier.DossierImports;
import vn.cchc.dossier.ImportJob;

/**
 * The one-stop system pushes dossiers instead of exporting files: the batch goes through the dossier import (same
 * rules, same upsert by dossier code, same rollups), in one transaction. A refused batch stores nothing and its
 * problem lists every bad row; the same batch twice leaves the ledger as the first left it.
 */
@RestController
@Tag(name = "Hồ sơ một cửa")
class DossiersApi {

    private final DossierImports imports;
    private final MessageSource messages;
    private final ApiProblems problems;
    private final int maxRows;

    DossiersApi(DossierImports imports, MessageSource messages, ApiProblems problems,
                @Value("${cchc.api.max-dossiers:5000}") int maxRows) {
        this.imports = imports;
        this.messages = messages;
        this.problems = problems;
        this.maxRows = maxRows;
    }

    record PushResult(long importId, int rows, int inserted, int updated, int unchanged) {
    }

    // no "consumes": another content type is then refused (415) after the scope check, not before it
    @PostMapping("/api/v1/dossiers")
    @RequiresScope(ApiScope.DOSSIERS_WRITE)
    @Operation(summary = "Ghi (thêm hoặc cập nhật theo mã hồ sơ) một lô hồ sơ một cửa: tất cả hoặc không",
            description = "Mỗi hồ sơ theo đúng quy tắc của chức năng nhập sổ hồ sơ. Một dòng sai thì không hồ sơ nào "
                    + "được ghi và lỗi liệt kê từng dòng (`errors[].row`, tính từ 1). Gửi lại cùng lô không thay đổi gì.")
    @ApiResponse(responseCode = "200", description = "Đã ghi")
    @ApiResponse(responseCode = "413", description = "Lô quá nhiều hồ sơ")
    @ApiResponse(responseCode = "422", description = "Lô bị từ chối, không ghi gì")
    PushResult push(@AuthenticationPrincipal ApiClient client, @RequestBody DossierPush batch,
                    HttpServletRequest request) {
        if (batch.dossiers() == null || batch.dossiers().isEmpty()) {
            throw new ApiRefusal(422, "api.dossiers.empty");
        }
        if (batch.dossiers().size() > maxRows) {
            throw new ApiRefusal(413, "api.dossiers.tooMany", maxRows);
        }
        byte[] file = batch.csv().getBytes(StandardCharsets.UTF_8);
        ImportJob job = imports.importFromClient(client.communeId(), client.createdBy(), client.prefix() + ".csv",
                new ByteArrayInputStream(file));
        if (job.state().equals("DONE")) {
            return new PushResult(job.id(), job.rowsRead(), job.inserted(), job.updated(), job.unchanged());
        }
        if (job.state().equals("REJECTED")) {
            throw new ApiRefusal(422, "api.dossiers.rejected", new Object[] {job.errorCount()}, rows(job, request));
        }
        throw new IllegalStateException("Dossier push " + job.id() + " ended " + job.state());
    }

    /** The refused rows, numbered as items of the batch (file line − 1: the header is line 1). */
    private List<Map<String, Object>> rows(ImportJob job, HttpServletRequest request) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ImportJob.RowError e : job.errors()) {
            Object[] args = e.localisedArgs(messages, ApiProblems.locale(request));
            if (e.messageKey().endsWith(".duplicate") && args.length > 1) {
                args[1] = asItem(args[1]);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            if (e.line() > 0) {
                row.put("row", e.line() - 1);
            }
            row.put("message", problems.text(e.messageKey(), args, e.messageKey(), request));
            rows.add(row);
        }
        return rows;
    }

    private static Object asItem(Object line) {
        try {
            return Long.parseLong(line.toString()) - 1;
        } catch (NumberFormatException e) {
            return line;
        }
    }
}
