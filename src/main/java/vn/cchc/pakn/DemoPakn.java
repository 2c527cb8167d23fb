package vn.cchc.pakn;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.cchc.shared.SearchText;

/** Demo profile: a demo ward's PAKN items, added by the dossier module's demo loader with its synthetic ledger. */
@Component
@ConditionalOnProperty(name = "cchc.demo-data", havingValue = "true")
public class DemoPakn {

    private final PaknService pakn;
    private final PaknRepository repository;
    private final Clock clock;

    DemoPakn(PaknService pakn, PaknRepository repository, Clock clock) {
        this.pakn = pakn;
        this.repository = repository;
        this.clock = clock;
    }

    /** Per topic: the item as received (names a citizen, so never shown), the question as published, the answer. */
    private static final String[][] TOPICS = {
            {"Ông Nguyễn Văn A phản ánh thời gian chờ tại bộ phận một cửa quá lâu",
                    "Người dân phản ánh phải chờ lâu tại Bộ phận Một cửa vào sáng thứ Hai.",
                    "Từ tháng này Bộ phận Một cửa bố trí thêm một quầy tiếp nhận vào sáng thứ Hai và thứ Sáu.\n"
                            + "Người dân có thể lấy số thứ tự trước qua Cổng dịch vụ công của tỉnh."},
            {"Bà Trần Thị B phản ánh thái độ của công chức tiếp nhận",
                    "Phản ánh về thái độ chưa đúng mực của công chức khi tiếp nhận hồ sơ.",
                    "UBND phường đã kiểm điểm công chức liên quan và nhắc nhở toàn bộ phận thực hiện đúng quy tắc ứng xử."},
            {"Ông Lê Văn C đề nghị hướng dẫn rõ hồ sơ đất đai",
                    "Hướng dẫn thành phần hồ sơ đăng ký biến động đất đai chưa rõ ràng.",
                    "Thành phần hồ sơ đã được niêm yết lại tại Bộ phận Một cửa và trên trang công khai của phường.\n"
                            + "Khi cần, người dân gọi đường dây nóng để được hướng dẫn trước khi nộp."},
            {"Chị Phạm Thị D không nộp được hồ sơ trên cổng dịch vụ công",
                    "Cổng dịch vụ công báo lỗi khi nộp hồ sơ trực tuyến.",
                    "Lỗi do hệ thống của tỉnh, đã được khắc phục. Hồ sơ nộp lại được tiếp nhận bình thường."},
            {"Anh Hoàng Văn E hỏi về phí chứng thực",
                    "Mức phí chứng thực bản sao từ bản chính là bao nhiêu?",
                    "Phí chứng thực bản sao từ bản chính là 2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang, "
                            + "tối đa 200.000 đồng/bản."},
            {"Ông Vũ Văn G phản ánh trả kết quả chậm",
                    "Phản ánh hồ sơ đăng ký hộ tịch trả kết quả chậm so với giấy hẹn.",
                    "Hồ sơ đã được giải quyết và trả kết quả; UBND phường đã gửi thư xin lỗi người dân theo quy định."},
            {"Bà Đỗ Thị H đề nghị niêm yết đủ thủ tục",
                    "Đề nghị niêm yết đầy đủ các thủ tục hành chính tại trụ sở.",
                    "Danh mục thủ tục hành chính đã được niêm yết đầy đủ tại trụ sở và trên trang công khai của phường."},
            {"Ông Bùi Văn K đề nghị bổ sung quầy hướng dẫn",
                    "Đề nghị bổ sung quầy hướng dẫn người cao tuổi làm thủ tục trực tuyến.",
                    "Đoàn thanh niên phường cử tình nguyện viên hướng dẫn tại Bộ phận Một cửa các buổi sáng trong tuần."}};

    /** Eight PAKN items a year: most answered in time and published, one late, one still open. */
    public void addItems(long communeId, long userId, LocalDate today) {
        int n = 0;
        for (LocalDate month = LocalDate.of(today.getYear() - 1, 2, 10); month.isBefore(today.minusDays(20)); month = month.plusMonths(3)) {
            for (int i = 0; i < 2; i++) {
                LocalDate received = month.plusDays(i * 9L);
                LocalDate due = pakn.defaultDue(communeId, received);
                boolean late = n % 7 == 3;
                LocalDate answered = late ? due.plusDays(4) : received.plusDays(6 + i);
                if (answered.isAfter(today)) {
                    answered = null;
                }
                LocalDate published = answered == null ? null : pakn.publicationDue(communeId, answered).minusDays(n % 5 == 0 ? -3 : 0);
                if (published != null && published.isAfter(today)) {
                    published = null;
                }
                n++;
                String[] topic = TOPICS[n % TOPICS.length];
                Pakn item = new Pakn(0, "PA-" + received.getYear() + "-" + n, received,
                        PaknChannel.values()[n % PaknChannel.values().length], topic[0], null, due, answered, published,
                        n % 6 == 0, false, answered == null ? null : topic[1], answered == null ? null : topic[2]);
                repository.insert(communeId, item, SearchText.key(topic[0]), userId, clock.instant());
            }
        }
    }
}
