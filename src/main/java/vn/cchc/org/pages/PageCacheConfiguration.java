package vn.cchc.org.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.cchc.org.PageVersions;

/**
 * The page cache ({@link PageCacheFilter}) and its settings: which pages it keeps, how much memory it may use, and
 * how old a page may be: the bound on a change this instance cannot see (one made through another instance, or
 * straight in the database). An older page is rendered again at its next view; it is dropped at twice that age.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "cchc.page-cache.enabled", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCache(PageVersions versions, LocaleResolver languages, Clock clock,
            MeterRegistry metrics,
            @Value("${cchc.page-cache.pages}") List<String> pages,
            @Value("${cchc.page-cache.max-age:60s}") Duration maxAge,
            @Value("${cchc.page-cache.max-size:64MB}") DataSize maxSize,
            @Value("${cchc.page-cache.largest-page:1MB}") DataSize largestPage) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Cache<PageCacheFilter.Key, CachedPage> kept = Caffeine.newBuilder().maximumWeight(maxSize.toBytes())
                .<PageCacheFilter.Key, CachedPage>weigher((k, page) -> page.weight())
                .expireAfterWrite(maxAge.multipliedBy(2)).recordStats().build();
        // cache_gets_total{cache="pages",result="hit|miss"}, cache_size, cache_evictions_total (docs/operations.md)
        CaffeineCacheMetrics.monitor(metrics, kept, "pages");
        PageCacheFilter filter = new PageCacheFilter(versions, pages.stream().map(parser::parse).toList(), kept,
                (int) largestPage.toBytes(), maxAge, languages, clock);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        // after Spring Security's chain: the page is kept per signed-in user
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
