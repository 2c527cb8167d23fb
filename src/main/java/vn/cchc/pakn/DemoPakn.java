package vn.cchc.pakn;

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

    DemoPakn(PaknService pakn, PaknRepository repository) {
        this.pakn = pakn;
        this.repository = repository;
    }

    /** Eight PAKN items a year: most answered in time and published, one late, one still open. */
    public void addItems(long communeId, long userId, LocalDate today) {
        String[] topics = {"Thời gian chờ tại bộ phận một cửa", "Thái độ của công chức tiếp nhận", "Hướng dẫn hồ sơ đất đai chưa rõ",
                "Cổng dịch vụ công bị lỗi khi nộp", "Phí chứng thực", "Trả kết quả chậm", "Niêm yết thủ tục chưa đầy đủ",
                "Đề nghị bổ sung quầy hướng dẫn"};
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
                String topic = topics[n % topics.length];
                Pakn item = new Pakn(0, "PA-" + received.getYear() + "-" + n, received,
                        PaknChannel.values()[n % PaknChannel.values().length], topic, null, due, answered, published,
                        n % 6 == 0, false);
                repository.insert(communeId, item, SearchText.key(topic), userId);
            }
        }
    }
}
