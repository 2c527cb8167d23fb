package vn.cchc.plan;

import vn.cchc.plan.DeadlineTokens.Token;
import vn.cchc.plan.DeadlineTokens.Type;

/** How much a recurring task must deliver each time, from its remark: "mỗi tháng tối thiểu 1 bài/ 1 đơn vị". */
record DeadlineQuantity(int count, String unit, String per) {

    /** "mỗi tháng tối thiểu 1 bài/ 1 đơn vị": a number, its unit up to "/", then whom it is per. */
    static DeadlineQuantity of(DeadlineCursor r) {
        for (int i = 0; i + 2 < r.size(); i++) {
            Token n = r.token(i);
            if (n.type() != Type.NUMBER || n.value() < 0 || r.token(i + 1).type() != Type.WORD) {
                continue;
            }
            int slash = i + 1;
            while (slash < r.size() && r.token(slash).type() == Type.WORD) {
                slash++;
            }
            if (slash >= r.size() || !r.token(slash).punct('/')) {
                continue;
            }
            int per = slash + 1;
            if (per < r.size() && r.token(per).type() == Type.NUMBER && r.token(per).value() == 1) {
                per++;
            }
            if (per >= r.size() || r.token(per).type() != Type.WORD) {
                return null;
            }
            return new DeadlineQuantity(n.value(), r.span(i + 1, slash), r.originalFrom(per));
        }
        return null;
    }
}
