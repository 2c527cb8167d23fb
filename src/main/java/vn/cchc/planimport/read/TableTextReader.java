package vn.cchc.planimport.read;

import java.util.List;
import vn.cchc.planimport.source.SourceLine;

final class TableTextReader {
    TableTextReader(List<SourceLine> lines, ReadContext context) {
    }

    TableFindings read() {
        return TableFindings.none();
    }
}
