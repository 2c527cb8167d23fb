package vn.cchc.support;

import java.util.Arrays;

/** Timing for the benchmark harnesses under bench/: warm the JIT first, then measure each call. */
public final class Timings {

    private Timings() {
    }

    /** Mean, p50 and p95 in milliseconds of {@code runs} calls after {@code warmup} calls. */
    public static double[] time(int warmup, int runs, Runnable call) {
        for (int i = 0; i < warmup; i++) {
            call.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {Arrays.stream(ms).average().orElse(0), ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1]};
    }
}
