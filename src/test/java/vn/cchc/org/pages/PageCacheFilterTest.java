package vn.cchc.org.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.PageVersions;
import vn.cchc.org.Role;

/**
 * The filter on its own, with a page that counts its renderings and can be held half-way: the maximum age, one
 * rendering for requests that arrive together, the old copy while a page renders again, the token of each request,
 * and the answers that are never kept.
 */
class PageCacheFilterTest {

    private static final CurrentUser USER = new CurrentUser(7, "vhxh", "-", "Chuyên viên", Role.STANDING_AGENCY, 1,
            11L, 21L, true);

    private final AtomicInteger renders = new AtomicInteger();
    private volatile CountDownLatch hold;
    private volatile CountDownLatch holding;
    private volatile int status = 200;

    /** The page: its rendering number and the token it was given. */
    private final FilterChain page = (req, res) -> {
        int n = renders.incrementAndGet();
        CountDownLatch h = hold;
        if (h != null) {
            holding.countDown();
            await(h);
        }
        ((HttpServletResponse) res).setStatus(status);
        res.setContentType("text/html;charset=UTF-8");
        res.getWriter().write("trang " + n + " mã " + ((CsrfToken) req.getAttribute(CsrfToken.class.getName())).getToken());
    };

    @BeforeEach
    void signedIn() {
        SecurityContextHolder.setContext(new SecurityContextImpl(
                new UsernamePasswordAuthenticationToken(USER, null, USER.getAuthorities())));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPageIsKeptUpToItsMaximumAgeAndEachAnswerGetsItsRequestsToken() throws Exception {
        PageCacheFilter kept = filter(Duration.ofHours(1));
        PageCacheFilter neverFresh = filter(Duration.ZERO);

        assertThat(get(kept, "a1")).isEqualTo("trang 1 mã a1");
        assertThat(get(kept, "a2")).isEqualTo("trang 1 mã a2");
        assertThat(get(neverFresh, "b1")).isEqualTo("trang 2 mã b1");
        assertThat(get(neverFresh, "b2")).isEqualTo("trang 3 mã b2");
    }

    @Test
    void requestsArrivingWhileAPageRendersWaitForItInsteadOfRenderingItAgain() throws Exception {
        PageCacheFilter filter = filter(Duration.ofHours(1));
        hold = new CountDownLatch(1);
        holding = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> getQuietly(filter, "t1"));
        await(holding);
        String[] second = new String[1];
        Thread waiter = new Thread(() -> second[0] = getQuietly(filter, "t2"));
        waiter.start();
        while (waiter.getState() != Thread.State.TIMED_WAITING) {  // parked on the first rendering
            Thread.sleep(5);
        }
        hold.countDown();
        waiter.join(5000);

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("trang 1 mã t1");
        assertThat(second[0]).isEqualTo("trang 1 mã t2");
        assertThat(renders).hasValue(1);
    }

    @Test
    void whileAnAgedPageRendersAgainOtherRequestsGetTheOldCopy() throws Exception {
        PageCacheFilter filter = filter(Duration.ZERO);
        get(filter, "t0");
        hold = new CountDownLatch(1);
        holding = new CountDownLatch(1);
        CompletableFuture<String> renewing = CompletableFuture.supplyAsync(() -> getQuietly(filter, "t1"));
        await(holding);

        assertThat(get(filter, "t2")).isEqualTo("trang 1 mã t2");
        hold.countDown();
        assertThat(renewing.get(5, TimeUnit.SECONDS)).isEqualTo("trang 2 mã t1");
    }

    @Test
    void anAnswerOtherThan200IsNeverKept() throws Exception {
        PageCacheFilter filter = filter(Duration.ofHours(1));
        status = 404;
        get(filter, "x");
        get(filter, "y");

        assertThat(renders).hasValue(2);
    }

    @Test
    void anAcceptedWriteRenewsTheCommunesPagesARefusedOneOrAnAnonymousOneDoesNot() throws Exception {
        PageCacheFilter filter = filter(Duration.ofHours(1));
        get(filter, "x");
        post(filter, 422);
        assertThat(get(filter, "y")).isEqualTo("trang 1 mã y");
        SecurityContextHolder.clearContext();
        post(filter, 302);
        signedIn();
        assertThat(get(filter, "z")).isEqualTo("trang 1 mã z");

        post(filter, 302);
        assertThat(get(filter, "w")).isEqualTo("trang 2 mã w");
    }

    @Test
    void anHtmxRequestIsNeverKept() throws Exception {
        PageCacheFilter filter = filter(Duration.ofHours(1));
        for (String token : new String[] {"a", "b"}) {
            MockHttpServletRequest request = request(token);
            request.addHeader("HX-Request", "true");
            filter.doFilter(request, new MockHttpServletResponse(), page);
        }

        assertThat(renders).hasValue(2);
    }

    @Test
    void aRedirectIsPassedOnAndNeverKept() throws Exception {
        PageCacheFilter filter = filter(Duration.ofHours(1));
        FilterChain redirect = (req, res) -> {
            renders.incrementAndGet();
            ((HttpServletResponse) res).sendRedirect("/login");
        };
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(request("a"), first, redirect);
        filter.doFilter(request("b"), new MockHttpServletResponse(), redirect);

        assertThat(first.getRedirectedUrl()).isEqualTo("/login");
        assertThat(renders).hasValue(2);
    }

    private void post(PageCacheFilter filter, int answer) throws Exception {
        filter.doFilter(new MockHttpServletRequest("POST", "/p"), new MockHttpServletResponse(),
                (req, res) -> ((HttpServletResponse) res).setStatus(answer));
    }

    private static MockHttpServletRequest request(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/p");
        request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
        return request;
    }

    /** Versions with no database to reach: each change moves this instance's own versions, as when it is down. */
    private static final java.util.function.Supplier<PageVersions> OFFLINE_VERSIONS = () -> new PageVersions(
            org.springframework.jdbc.core.simple.JdbcClient.create(
                    new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none")),
            Duration.ofSeconds(1));

    private PageCacheFilter filter(Duration maxAge) {
        return new PageCacheFilter(OFFLINE_VERSIONS.get(), List.of(PathPatternParser.defaultInstance.parse("/p")),
                Caffeine.newBuilder().<PageCacheFilter.Key, CachedPage>build(), 1 << 20, maxAge,
                new FixedLocaleResolver(Locale.forLanguageTag("vi")), Clock.systemUTC());
    }

    private String get(PageCacheFilter filter, String token) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(token), response, page);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** From another thread, signed in as the same user. */
    private String getQuietly(PageCacheFilter filter, String token) {
        signedIn();
        try {
            return get(filter, token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            signedOut();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
