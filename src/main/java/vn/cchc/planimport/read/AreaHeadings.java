package vn.cchc.planimport.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.planimport.DraftArea;

/** The reform areas the prose has headings for, each once, at its first heading (outside the appendix). */
final class AreaHeadings {

    private AreaHeadings() {
    }

    static List<DraftArea> find(Outline outline) {
        List<DraftArea> areas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Outline.Section section : outline.sections()) {
            if (section.kind() == Outline.Kind.APPENDIX) {
                continue;
            }
            List<TextItem> items = new ArrayList<>(section.items());
            if (section.heading() != null) {
                items.add(0, section.heading());
            }
            for (TextItem item : items) {
                String code = AreaNames.ofHeading(item);
                if (code != null && seen.add(code)) {
                    areas.add(new DraftArea(code, item.text().strip(), item.span()));
                }
            }
        }
        return areas;
    }
}
