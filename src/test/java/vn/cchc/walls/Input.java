package vn.cchc.walls;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
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
 * request parameter or a property of a form object (nested ones too: {@code lines[{lines}].status}, whose map
 * key is an input of its own), a header, or a file part. {@code leaf} is the last property name, by which a
 * good value is chosen; {@code type} is the element type of a list; {@code format} the date format the field is
 * bound with, if any; {@code optionalFile} a file part the route does without.
 */
record Input(String name, String leaf, Source source, Class<?> type, DateTimeFormat format, boolean optionalFile) {

    enum Source { PATH, KEY, FIELD, HEADER, FILE }

    private static final List<Class<?>> FRAMEWORK = List.of(Model.class, Errors.class, RedirectAttributes.class,
            jakarta.servlet.ServletRequest.class, jakarta.servlet.ServletResponse.class, Locale.class);

    /**
     * Form objects are followed this deep: a report's lines and their fields, but not the metadata of a line's
     * upload (the same EvidenceForm as the library's, already swept there), which would add a tenth of the battery.
     */
    private static final int MAX_DEPTH = 2;

    static Input field(String name, Class<?> type) {
        return new Input(name, name, Source.FIELD, type, null, false);
    }

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
                String name = name(path.value(), p);
                add(inputs, new Input(name, name, Source.PATH, type, null, false));
            } else if (header != null) {
                String name = name(header.value(), p);
                add(inputs, new Input(name, name, Source.HEADER, type, null, false));
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                String name = name(param == null ? "" : param.value(), p);
                add(inputs, new Input(name, name, Source.FILE, type, null, param != null && !param.required()));
            } else if (Map.class.isAssignableFrom(type)) {
                continue; // a map of every parameter names none: the route's fields come from GoodValues
            } else if (param != null || BeanUtils.isSimpleProperty(type)) {
                String name = name(param == null ? "" : param.value(), p);
                add(inputs, new Input(name, name, Source.FIELD, element(ResolvableType.forMethodParameter(p)),
                        p.getParameterAnnotation(DateTimeFormat.class), false));
            } else {
                properties(type, "", 1, inputs);
            }
        }
        return new ArrayList<>(inputs.values());
    }

    private static void properties(Class<?> form, String prefix, int depth, Map<String, Input> inputs) {
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(form)) {
            if (d.getWriteMethod() == null) {
                continue;
            }
            String leaf = d.getName();
            Class<?> raw = d.getPropertyType();
            Field field = ReflectionUtils.findField(form, leaf);
            ResolvableType type = field == null ? ResolvableType.forMethodParameter(d.getWriteMethod(), 0)
                    : ResolvableType.forField(field);
            if (MultipartFile.class.isAssignableFrom(raw)) {
                add(inputs, new Input(prefix + leaf, leaf, Source.FILE, raw, null, true));
            } else if (Map.class.isAssignableFrom(raw) && depth < MAX_DEPTH) {
                add(inputs, new Input(leaf, leaf, Source.KEY, type.getGeneric(0).toClass(), null, false));
                properties(type.getGeneric(1).toClass(), prefix + leaf + "[{" + leaf + "}].", depth + 1, inputs);
            } else if (BeanUtils.isSimpleProperty(raw) || Collection.class.isAssignableFrom(raw)) {
                add(inputs, new Input(prefix + leaf, leaf, Source.FIELD, element(type),
                        field == null ? null : field.getAnnotation(DateTimeFormat.class), false));
            } else if (depth < MAX_DEPTH) {
                properties(raw, prefix + leaf + ".", depth + 1, inputs);
            }
        }
    }

    private static Class<?> element(ResolvableType type) {
        return Collection.class.isAssignableFrom(type.toClass()) ? type.getGeneric(0).toClass() : type.toClass();
    }

    private static void add(Map<String, Input> inputs, Input input) {
        inputs.putIfAbsent(input.name(), input);
    }

    private static String name(String declared, MethodParameter p) {
        return declared.isEmpty() ? p.getParameterName() : declared;
    }
}
