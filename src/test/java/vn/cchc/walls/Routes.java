package vn.cchc.walls;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application serves, read from Spring MVC's own handler mappings, so that a new controller method
 * is swept without anyone editing a list. Framework routes (the error controller) are not the application's.
 */
@Component
class Routes {

    private final RequestMappingHandlerMapping mapping;

    Routes(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("vn.cchc")) {
                continue;
            }
            RequestMappingInfo info = e.getKey();
            if (info.getMethodsCondition().getMethods().isEmpty()) {
                throw new IllegalStateException(handler + " answers every HTTP method: map it to GET or POST");
            }
            boolean rawBody = info.getConsumesCondition().getConsumableMediaTypes()
                    .contains(MediaType.APPLICATION_OCTET_STREAM);
            for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPatternValues()) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), pattern, handler, rawBody));
                }
            }
        }
        routes.sort(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
        return routes;
    }
}
