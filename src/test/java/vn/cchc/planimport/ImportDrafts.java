package vn.cchc.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cchc.org.CurrentUser;
import vn.cchc.plan.Comparator;
import vn.cchc.plan.MetricKind;
import vn.cchc.plan.PlanKind;
import vn.cchc.planimport.source.SourceKind;
import vn.cchc.planimport.source.SourceLine;
import vn.cchc.support.Fixture;

/**
 * Import drafts for web tests, stored as the import would store them but with findings transcribed by hand, so that
 * the review and create steps are tested apart from the reader: seed 003's first five tasks (lines 39–56 of its
 * non-blank lines) and its second target (lines 13–14).
 */
@Component
public class ImportDrafts {

    public static final String SEED_003 = "003_10ad112eb21f31c1.txt";

    private final DraftRepository drafts;

    ImportDrafts(DraftRepository drafts) {
        this.drafts = drafts;
    }

    /** Stores a draft for the user's commune as pasted text; its id. */
    public long store(CurrentUser user, ImportDraft draft) {
        byte[] bytes = String.join("\n", draft.lines().stream().map(SourceLine::text).toList())
                .getBytes(StandardCharsets.UTF_8);
        try {
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            return drafts.insert(user.requireCommune(), user.id(), Instant.now(),
                    new DraftRepository.Source(SourceKind.TEXT, null, bytes, sha), draft);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A seed's text as pasted: the file under test resources. */
    public static String seedText(String fileName) {
        try (InputStream in = ImportDrafts.class.getResourceAsStream("/planimport/seeds/" + fileName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank lines numbered from 1, as the review shows them. */
    static List<SourceLine> lines(String text) {
        List<SourceLine> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(new SourceLine(lines.size() + 1, line.strip()));
            }
        }
        return lines;
    }

    /** Seed 003 (xã Chí Minh, 2025S2) with five tasks of sections 1 and 2 and one target, units of commune c. */
    public static ImportDraft seed003(Fixture.Commune c) {
        String others = "Các cơ quan chuyên môn, trung tâm phục vụ HCC.";
        List<DraftTask> tasks = List.of(
                task("I", "1.1", "Xây dựng Kế hoạch cải cách hành chính 6 tháng cuối năm 2025 và kế hoạch CCHC "
                        + "giai đoạn 2026-2030 trên địa bàn xã Chí Minh.", "Phòng Văn hóa - Xã hội.", c.cultureUnit(),
                        others, List.of(c.centreUnit()), "Tháng 7/2025", new LineSpan(39, 41), Confidence.HIGH),
                task("I", "1.2", "Tự chấm điểm xác định chỉ số cải cách hành chính xã năm 2025.",
                        "Phòng Văn hóa - Xã hội.", c.cultureUnit(), others, List.of(c.centreUnit()), "Tháng 12/2025",
                        new LineSpan(42, 43), Confidence.HIGH),
                task("I", "1.3", "Tiếp nhận, xử lý các kiến nghị, phán ánh của cơ quan, tổ chức, cá nhân về các "
                        + "nội dung liên quan đến công tác cải cách hành chính.", "Phòng Văn hóa - Xã hội.",
                        c.cultureUnit(), others, List.of(c.centreUnit()), "Thường xuyên", new LineSpan(44, 46),
                        Confidence.MEDIUM),
                task("I", "1.4", "Tổ chức điều tra xã hội học đánh giá mức độ hài lòng của người dân",
                        "Phòng Văn hóa - Xã hội.", c.cultureUnit(), others, List.of(c.centreUnit()), "Tháng 12/2025",
                        new LineSpan(47, 47), Confidence.LOW),
                task("II", "2.1", "Tiếp tục nâng cao chất lượng tham mưu xây dựng ban hành văn bản quy phạm pháp "
                        + "luật (QPPL) đảm bảo chất lượng, đúng quy định của pháp luật, kịp thời, khả thi.",
                        "Văn phòng HĐND&UBND.", c.officeUnit(), others, List.of(c.centreUnit()), "Thường xuyên",
                        new LineSpan(53, 56), Confidence.HIGH));
        DraftTarget target = new DraftTarget("III", "2", "Tỷ lệ hồ sơ TTHC ở được giải quyết đúng hạn, đạt tỷ lệ từ 95% "
                + "trở lên.", MetricKind.PERCENT, Comparator.GE, new BigDecimal("95"), "%", null, null, null,
                new LineSpan(13, 14), Confidence.MEDIUM);
        DraftHeader header = new DraftHeader("UBND xã Chí Minh", "Kế hoạch Cải cách hành chính Nhà nước 6 tháng cuối "
                + "năm 2025 trên địa bàn xã Chí Minh", null, null, "2025S2", PlanKind.HALF_YEAR,
                List.of("Công văn số 1816/UBND-NVKTGS ngày 08/7/2025 của UBND thành phố Hải Phòng"), new LineSpan(1, 7));
        return new ImportDraft(SourceKind.TEXT, lines(seedText(SEED_003)), header, List.of(), List.of(target), tasks,
                List.of(), List.of());
    }

    private static DraftTask task(String area, String code, String title, String lead, long leadId, String others,
                                  List<Long> coordinators, String deadline, LineSpan span, Confidence confidence) {
        return new DraftTask(area, code, title, null, lead, leadId, others, coordinators, true, deadline, null, span,
                confidence);
    }
}
