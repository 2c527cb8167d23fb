package vn.cchc.walls;

import org.springframework.boot.autoconfigure.web.servlet.WebMvcProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcPrint;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The MockMvc that {@code @AutoConfigureMockMvc} builds (the application's filters, Spring Security, the same
 * dispatcher settings) except that it does not record every exchange to print when the test fails: the sweeps
 * send thousands of requests within one test method, and formatting and keeping each page doubled their time.
 */
final class QuietMockMvc {

    private QuietMockMvc() {
    }

    static MockMvc of(WebApplicationContext context) {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        WebMvcProperties mvc = context.getBean(WebMvcProperties.class);
        builder.addDispatcherServletCustomizer(servlet -> {
            servlet.setDispatchOptionsRequest(mvc.isDispatchOptionsRequest());
            servlet.setDispatchTraceRequest(mvc.isDispatchTraceRequest());
        });
        context.getBeanProvider(MockMvcBuilderCustomizer.class).orderedStream().forEach(customizer -> {
            if (customizer instanceof SpringBootMockMvcBuilderCustomizer boot) {
                SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
                quiet.setAddFilters(boot.isAddFilters());
                quiet.setPrint(MockMvcPrint.NONE);
                quiet.customize(builder);
            } else {
                customizer.customize(builder);
            }
        });
        return builder.build();
    }
}
