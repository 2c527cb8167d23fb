package vn.cchc.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One of the reform areas (lĩnh vực) that group targets and tasks, e.g. "III – Cải cách thủ tục hành chính". */
public record ReformArea(String code, int ordinal, String name) {

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
