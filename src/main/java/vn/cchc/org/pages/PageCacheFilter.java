package vn.cchc.org.pages;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.pattern.PathPattern;
import vn.cchc.org.CurrentUser;
import vn.cchc.org.PageVersions;
import vn.cchc.shared.VietnamTime;

/**
 * Keeps the main pages as rendered for each user, and serves them again until something they may show changes.
 * A page is kept per user, address, language and day, under the version of the data its user sees
 * ({@link PageVersions}); every write request moves that version when it ends, so the next view renders afresh.
 * Only a 200 HTML answer that sets no cookie is kept; a request carrying a flash message, an htmx request and a
 * change of language are always rendered. Runs after Spring Security, so sign-in and the checks of every request
 * (its session, its security stamp) still happen each time.
 */
final class PageCacheFilter extends OncePerRequestFilter {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    /** Everything a kept page depends on besides the data version. */
    record Key(long user, long stamp, String path, String query, Locale language, LocalDate day,
               PageVersions.Version version) {
    }

    /** How long a request waits for the same page being rendered by another before rendering it itself. */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(10);

    private final ConcurrentHashMap<Key, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    private final PageVersions versions;
    private final List<PathPattern> pages;
    private final Cache<Key, CachedPage> kept;
    private final int largestPage;
    private final Duration maxAge;
    private final LocaleResolver languages;
    private final Clock clock;

    PageCacheFilter(PageVersions versions, List<PathPattern> pages, Cache<Key, CachedPage> kept, int largestPage,
                    Duration maxAge, LocaleResolver languages, Clock clock) {
        this.versions = versions;
        this.pages = pages;
        this.kept = kept;
        this.largestPage = largestPage;
        this.maxAge = maxAge;
        this.languages = languages;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser me = currentUser();
        if (!"GET".equals(request.getMethod())) {
            try {
                chain.doFilter(request, response);
            } finally {
                noteChange(request, response, me);
            }
            return;
        }
        Key key = me != null && keepable(request) ? key(request, me) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        tagRoute(request);
        CachedPage page = kept.getIfPresent(key);
        if (page == null || !page.fresh(maxAge)) {
            page = renderOnce(key, page, request, response, chain);
        }
        if (page != null) {
            page.writeTo(response, token(request));
        }
    }

    /**
     * Renders a page that is not kept, or kept for longer than the maximum age. Requests for the same page that
     * arrive meanwhile do not render it again (after a write, 100 connections would render one page 100 times at
     * once): they get the old copy if there is one (same key, so same data version: only the age bound is passed),
     * or wait for this rendering. Returns null once the answer is written otherwise.
     */
    private CachedPage renderOnce(Key key, CachedPage old, HttpServletRequest request, HttpServletResponse response,
                                  FilterChain chain) throws ServletException, IOException {
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> running = rendering.putIfAbsent(key, mine);
        if (running != null) {
            if (old != null) {
                return old;
            }
            CachedPage theirs = awaitQuietly(running);
            return theirs != null ? theirs : renderAndKeep(key, request, response, chain);
        }
        CachedPage keptPage = null;
        try {
            CachedPage page = render(request, response, chain);
            keptPage = keep(key, page, response);
            if (keptPage == null && old != null) {
                kept.asMap().remove(key, old);  // the page no longer renders as it was kept (a 404 now)
            }
            return page;
        } finally {
            // waiters get the page only if it was kept (a 404 or a redirect is theirs to render)
            mine.complete(keptPage);
            rendering.remove(key, mine);
        }
    }

    private CachedPage renderAndKeep(Key key, HttpServletRequest request, HttpServletResponse response,
                                     FilterChain chain) throws ServletException, IOException {
        CachedPage page = render(request, response, chain);
        keep(key, page, response);
        return page;
    }

    /** The page as rendered now; null if the answer was written already (a redirect, an error). */
    private static CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RenderedAnswer rendered = new RenderedAnswer(response);
        chain.doFilter(new PlaceholderCsrfRequest(request), rendered);
        if (rendered.sentOtherwise()) {
            return null;
        }
        if (response.isCommitted()) {
            rendered.copyBodyToResponse();
            return null;
        }
        return CachedPage.of(rendered.getContentAsByteArray(), response.getContentType(), response.getLocale());
    }

    /** Keeps a 200 HTML page that sets no cookie and is not too large; returns it if kept. */
    private CachedPage keep(Key key, CachedPage page, HttpServletResponse response) {
        if (page != null && response.getStatus() == HttpServletResponse.SC_OK && isHtml(response.getContentType())
                && response.getHeaders("Set-Cookie").isEmpty() && page.weight() <= largestPage) {
            kept.put(key, page);
            return page;
        }
        return null;
    }

    private static CachedPage awaitQuietly(CompletableFuture<CachedPage> running) {
        try {
            return running.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /**
     * A signed-in user's write that was not refused moves the versions: a refused one stores nothing. Anonymous
     * requests move nothing here: the public site's are reads (a dossier lookup), and the one that stores (a
     * survey answer) moves its commune's version itself.
     */
    private void noteChange(HttpServletRequest request, HttpServletResponse response, CurrentUser me) {
        String method = request.getMethod();
        if (me == null || "HEAD".equals(method) || "OPTIONS".equals(method) || response.getStatus() >= 400) {
            return;
        }
        if (me.communeId() != null) {
            versions.changed(me.communeId());
        } else {
            versions.changedEverywhere();
        }
    }

    private boolean keepable(HttpServletRequest request) {
        if (request.getHeader("HX-Request") != null || request.getParameter("lang") != null) {
            return false;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> flash && !flash.isEmpty()) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(pathOf(request));
        return pages.stream().anyMatch(p -> p.matches(path));
    }

    /**
     * A page served from here never reaches Spring MVC, which names the route in the request metrics: name it by its
     * pattern (without the regex: "/plans/{id}", as MVC does), never by the raw path (one series per id).
     */
    private void tagRoute(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(pathOf(request));
        pages.stream().filter(p -> p.matches(path)).findFirst().ifPresent(p ->
                ServerHttpObservationFilter.findObservationContext(request).ifPresent(context ->
                        context.setPathPattern(p.getPatternString().replaceAll("\\{(\\w+):[^}]*}", "{$1}"))));
    }

    private Key key(HttpServletRequest request, CurrentUser me) {
        return new Key(me.id(), me.securityStamp(), pathOf(request), request.getQueryString(),
                languages.resolveLocale(request),
                VietnamTime.today(clock), versions.forUser(me));
    }

    private static String token(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken t ? t.getToken() : null;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.startsWith("text/html");
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser me ? me : null;
    }
}
