package vn.cchc.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSourceResolvable;

/**
 * One of the reform areas (lĩnh vực) that group targets and tasks, e.g. "III – Cải cách thủ tục hành chính". Pages
 * name it through the bundles ({@code area.III}, "III. Administrative procedure reform" in English); an area the
 * bundles do not know is shown with its stored Vietnamese name.
 */
public record ReformArea(String code, int ordinal, String name) implements MessageSourceResolvable {

    @Override
    public String[] getCodes() {
        return new String[] {"area." + code};
    }

    @Override
    public String getDefaultMessage() {
        return code + ". " + name;
    }

    /** Items grouped under their area, in area order, leaving out empty areas. */
    public static <T> Map<ReformArea, List<T>> group(List<ReformArea> areas, List<T> items, Function<T, String> areaOf) {
        Map<ReformArea, List<T>> grouped = new LinkedHashMap<>();
        for (ReformArea area : areas) {
            List<T> inArea = items.stream().filter(i -> area.code().equals(areaOf.apply(i))).toList();
            if (!inArea.isEmpty()) {
                grouped.put(area, inArea);
            }
        }
        return grouped;
    }
}
