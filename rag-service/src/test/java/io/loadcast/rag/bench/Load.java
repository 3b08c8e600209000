package io.loadcast.rag.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average, printed beside each figure: benchmarks on a shared machine are only comparable so. */
final class Load {

    private Load() {}

    static String now() {
        Path loadavg = Path.of("/proc/loadavg");
        try {
            if (Files.exists(loadavg)) {
                String[] fields = Files.readString(loadavg).trim().split("\\s+");
                return "load average " + fields[0] + ", " + fields[1] + ", " + fields[2];
            }
        } catch (IOException e) {
            // fall through to the JVM's one-minute figure
        }
        return String.format(
                "load average %.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
