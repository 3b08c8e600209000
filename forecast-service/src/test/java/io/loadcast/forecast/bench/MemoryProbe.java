package io.loadcast.forecast.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.Pointer;

/**
 * The process's memory as the kernel and JavaCPP see it: resident size now and at its peak ({@code VmRSS},
 * {@code VmHWM} of /proc/self/status, what a container's memory limit counts), JavaCPP's
 * {@link Pointer#physicalBytes()} (its view of the same RSS, which its {@code maxphysicalbytes} cap checks) and
 * {@link Pointer#totalBytes()} (what JavaCPP itself allocated), and the heap in use; plus the process CPU seconds.
 */
record MemoryProbe(long rssMb, long peakRssMb, long physicalMb, long javacppMb, long heapMb, double cpuSeconds) {

    static MemoryProbe now() {
        Runtime rt = Runtime.getRuntime();
        return new MemoryProbe(
                status("VmRSS:") >> 10,
                status("VmHWM:") >> 10,
                Pointer.physicalBytes() >> 20,
                Pointer.totalBytes() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20,
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                                .getProcessCpuTime()
                        / 1e9);
    }

    /** A {@code kB} field of /proc/self/status, in kB (-1 where there is none, e.g. off Linux). */
    static long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format(
                "RSS %d MB (peak %d MB), JavaCPP physical %d MB, JavaCPP allocated %d MB, heap used %d MB, CPU %.1f s",
                rssMb, peakRssMb, physicalMb, javacppMb, heapMb, cpuSeconds);
    }
}
