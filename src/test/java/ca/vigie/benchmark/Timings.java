package ca.vigie.benchmark;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a request after a warm-up and prints its median, 95th percentile and maximum. */
final class Timings {

    static final int WARM_UP = 5;
    static final int RUNS = 30;

    private Timings() {}

    /** The request answers an HTTP status; anything but 200 stops the benchmark. */
    static void report(String name, Supplier<Integer> request) {
        report(name, 200, request);
    }

    /** The request answers an HTTP status; anything but the one expected stops the benchmark. */
    static void report(String name, int expected, Supplier<Integer> request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.get();
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            int status = request.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            if (status != expected) {
                throw new IllegalStateException(name + " answered " + status);
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCH | %s | p50 %d ms | p95 %d ms | max %d ms%n",
                name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], millis[RUNS - 1]);
    }
}
