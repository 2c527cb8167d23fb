import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load for bench/survey.sh: sends public survey answers at a fixed rate (not as fast as answers come back,
 * which would hide a slow server), each from its own device cookie, and prints how many were stored (302), refused or
 * lost, with latency percentiles. Usage: java SurveyLoad.java BASE_URL TOKEN FORM_ID STAMP RATE SECONDS
 */
public class SurveyLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1], form = args[2], stamp = args[3];
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong stored = new AtomicLong(), refused = new AtomicLong(), failed = new AtomicLong(), sent = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        timer.scheduleAtFixedRate(() -> {
            long n = sent.incrementAndGet();
            if (n > total) {
                return;
            }
            String body = "form=" + form + "&stamp=" + stamp + "&a.Q9.II.A.1=" + (1 + n % 5) + "&a.Q9.II.A.2=4&a.Q9.II.A.3=5"
                    + "&a.Q9.II.B.1=4&a.Q9.II.B.2=" + (1 + n % 5);
            String device = String.format("bench%017d", n);
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/khao-sat/" + token))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "sv_device=" + device).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                latencies.add(System.nanoTime() - start);
                if (e != null) {
                    failed.incrementAndGet();
                } else if (r.statusCode() == 302) {
                    stored.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (stored.get() + refused.get() + failed.get() < total) {
            Thread.sleep(200);
            if (sent.get() > total + (long) rate * 15) {
                break; // answers still missing 15 s after the last send: counted as lost below
            }
        }
        timer.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("sent=%d stored=%d refused=%d failed=%d lost=%d rate=%d/s for %ds p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
                total, stored.get(), refused.get(), failed.get(), total - stored.get() - refused.get() - failed.get(),
                rate, seconds, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
