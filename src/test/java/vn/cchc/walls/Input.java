package vn.cchc.walls;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One value a route reads from the request, found by reflection on its controller method: a path variable, a
 * request parameter or a property of a form object, a header, or a file part. {@code type} is the element type of a
 * list; {@code format} the date format the field is bound with, if any; {@code optionalFile} a file part the route
 * does without.
 */
record Input(String name, Source source, Class<?> type, DateTimeFormat format, boolean optionalFile) {

    enum Source { PATH, FIELD, HEADER, FILE }

    private static final List<Class<?>> FRAMEWORK = List.of(Model.class, Errors.class, RedirectAttributes.class,
            jakarta.servlet.ServletRequest.class, jakarta.servlet.ServletResponse.class, Locale.class);

    /** The route's inputs, one per name (a name two form objects share is sent once and binds both). */
    static List<Input> of(Route route) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (MethodParameter p : route.handler().getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            if (p.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || FRAMEWORK.stream().anyMatch(f -> f.isAssignableFrom(type))) {
                continue;
            }
            PathVariable path = p.getParameterAnnotation(PathVariable.class);
            RequestHeader header = p.getParameterAnnotation(RequestHeader.class);
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (path != null) {
                add(inputs, new Input(name(path.value(), p), Source.PATH, type, null, false));
            } else if (header != null) {
                add(inputs, new Input(name(header.value(), p), Source.HEADER, type, null, false));
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                add(inputs, new Input(name(param == null ? "" : param.value(), p), Source.FILE, type, null,
                        param != null && !param.required()));
            } else if (Map.class.isAssignableFrom(type)) {
                continue; // a map of every parameter names none: the route's fields come from GoodValues
            } else if (param != null || BeanUtils.isSimpleProperty(type)) {
                add(inputs, new Input(name(param == null ? "" : param.value(), p), Source.FIELD,
                        element(ResolvableType.forMethodParameter(p)), p.getParameterAnnotation(DateTimeFormat.class),
                        false));
            } else {
                formProperties(type).forEach(i -> add(inputs, i));
            }
        }
        return new ArrayList<>(inputs.values());
    }

    private static List<Input> formProperties(Class<?> form) {
        List<Input> out = new ArrayList<>();
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(form)) {
            if (d.getWriteMethod() == null) {
                continue;
            }
            Field field = ReflectionUtils.findField(form, d.getName());
            DateTimeFormat format = field == null ? null : field.getAnnotation(DateTimeFormat.class);
            ResolvableType type = field == null ? ResolvableType.forMethodParameter(d.getWriteMethod(), 0)
                    : ResolvableType.forField(field);
            out.add(new Input(d.getName(), Source.FIELD, element(type), format, false));
        }
        return out;
    }

    private static Class<?> element(ResolvableType type) {
        return List.class.isAssignableFrom(type.toClass()) ? type.getGeneric(0).toClass() : type.toClass();
    }

    private static void add(Map<String, Input> inputs, Input input) {
        inputs.putIfAbsent(input.name(), input);
    }

    private static String name(String declared, MethodParameter p) {
        return declared.isEmpty() ? p.getParameterName() : declared;
    }
}
