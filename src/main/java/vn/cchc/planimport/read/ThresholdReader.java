package vn.cchc.planimport.read;

import java.util.List;

/** Finds the thresholds a target sentence states ("từ 95% trở lên", "dưới 0,5%", "giảm 01 biên chế"). */
public final class ThresholdReader {

    private ThresholdReader() {
    }

    public static List<Threshold> find(String sentence) {
        return List.of();
    }
}
