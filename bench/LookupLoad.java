import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Closed-loop load for bench/lookup.sh on the public dossier lookup. Two modes:
 * <ul>
 * <li>{@code generate FILE COUNT}: a one-stop export of COUNT dossiers LK-000000… with phone numbers and check codes
 * derived from the index (so the load knows each dossier's factors without reading the file back);</li>
 * <li>{@code run BASE_URL COMMUNE_CODE COUNT CLIENTS SECONDS}: CLIENTS threads each post a lookup, wait for the answer
 * and post the next (80% the right factor, half by phone tail and half by check code, 10% a wrong factor, 10% an
 * unknown code), then print lookups/s, p50/p95/p99 and the count per HTTP status and per stage shown.</li>
 * </ul>
 */
public class LookupLoad {

    static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị xử lý;Hình thức nộp;Ngày tiếp nhận;"
            + "Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Số điện thoại;Mã tra cứu";
    static final String[][] PROCEDURES = {{"1.001193", "Đăng ký khai sinh", "Hộ tịch"},
        {"2.000815", "Chứng thực bản sao từ bản chính", "Chứng thực"}, {"1.004873", "Cấp giấy xác nhận tình trạng hôn nhân", "Hộ tịch"}};
    /** What the status card says for each stage, to count them (Vietnamese page). */
    static final String[] STAGES = {"Đang giải quyết", "Đã có kết quả, chờ trả", "Đã trả kết quả", "Đã kết thúc, không có kết quả"};

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else if (args.length == 6 && args[0].equals("run")) {
            run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        } else {
            System.err.println("usage: LookupLoad generate FILE COUNT | run BASE_URL COMMUNE_CODE COUNT CLIENTS SECONDS");
            System.exit(2);
        }
    }

    static String code(int i) {
        return String.format("LK-%06d", i);
    }

    static String phone(int i) {
        return String.format("09%08d", Math.floorMod(i * 7_919L + 12_345_678L, 100_000_000L));
    }

    static String tail(int i) {
        String p = phone(i);
        return p.substring(p.length() - 4);
    }

    static String checkCode(int i) {
        return String.format("K%07X", Math.floorMod(i * 2_654_435_761L, 0x10000000L));
    }

    /** Dossiers received over the last 200 days: a third still open, a third ready, a third returned. */
    static void generate(Path file, int count) throws IOException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        LocalDate today = LocalDate.now();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < count; i++) {
                String[] p = PROCEDURES[i % PROCEDURES.length];
                LocalDate received = today.minusDays(1 + i % 200);
                LocalDate appointment = received.plusDays(3);
                boolean ended = i % 3 != 0 && !appointment.plusDays(1).isAfter(today);
                String finished = ended ? received.plusDays(2 + i % 3).format(day) + " 10:00" : "";
                String returned = ended && i % 3 == 2 ? received.plusDays(3 + i % 3).format(day) + " 09:00" : "";
                out.write(String.join(";", code(i), p[0], p[1], p[2], "Trung tâm Phục vụ hành chính công", "Trực tiếp",
                        received.format(day) + " 08:00", appointment.format(day), finished, returned,
                        phone(i).replaceAll("(\\d{4})(\\d{3})(\\d{3})", "$1 $2 $3"), checkCode(i)));
                out.write('\n');
            }
        }
    }

    static void run(String base, String commune, int count, int clients, int seconds) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        URI uri = URI.create(base + "/cong-khai/" + commune + "/tra-cuu");
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            SplittableRandom random = new SplittableRandom(t * 31L + 7);
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                while (System.nanoTime() < end) {
                    int i = random.nextInt(count);
                    int kind = random.nextInt(100);
                    String code = kind < 90 ? code(i) : "LK-X" + random.nextInt(1_000_000);
                    String factor = kind < 40 ? tail(i) : kind < 80 ? checkCode(i) : kind < 90 ? "0000" : tail(i);
                    String body = "ma=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&xacminh=" + factor;
                    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long start = System.nanoTime();
                    String key;
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        key = "HTTP " + r.statusCode() + (r.statusCode() == 200 ? " " + stage(r.body()) : "");
                    } catch (Exception e) {
                        key = "error " + e.getClass().getSimpleName();
                    }
                    if (n == mine.length) {
                        mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - start;
                    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
                }
                latencies.add(java.util.Arrays.copyOf(mine, n));
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        int total = all.length;
        System.out.printf("lookups=%d clients=%d seconds=%d lookups/s=%.1f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                total, clients, seconds, total / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        new TreeMap<>(counts).forEach((key, n) -> System.out.printf("  %-40s %d%n", key, n.sum()));
    }

    static String stage(String page) {
        for (String s : STAGES) {
            if (page.contains(">" + s + "<")) {
                return s + (page.contains("pub-badge late") ? " (quá hạn)" : "");
            }
        }
        return "?";
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
