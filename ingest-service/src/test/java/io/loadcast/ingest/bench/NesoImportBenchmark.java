package io.loadcast.ingest.bench;

import io.loadcast.ingest.imports.NesoImports;
import io.loadcast.ingest.imports.domain.QualityReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports every NESO file of a folder (default {@code ../../shared/data/gb-demand}, seen from the module) into an empty
 * store and prints, per file, the rows read, stored and rejected, the clock-change days and the rows per second.
 *
 * <p>Args: {@code [folder]}.
 */
public final class NesoImportBenchmark {

    private NesoImportBenchmark() {}

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../../shared/data/gb-demand");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p ->
                            p.toString().endsWith(".csv.gz") || p.toString().endsWith(".csv"))
                    .sorted()
                    .toList();
        }
        try (BenchStack stack = BenchStack.start("ingest_neso_" + System.nanoTime() % 100_000)) {
            NesoImports imports = stack.app.getBean(NesoImports.class);
            long rows = 0;
            long rejected = 0;
            double seconds = 0;
            System.out.printf(
                    "%-24s %8s %8s %8s %8s %8s %10s%n",
                    "file", "rows", "stored", "rejected", "missing", "series", "rows/s");
            for (Path file : files) {
                QualityReport r = imports.importFile(file.getFileName().toString(), Files.readAllBytes(file));
                System.out.printf(
                        "%-24s %8d %8d %8d %8d %8d %10.0f%n",
                        r.fileName(),
                        r.rowsRead(),
                        r.rowsStored(),
                        r.rowsRejected(),
                        r.missingPeriodCount(),
                        r.series().size(),
                        r.rowsPerSecond());
                rows += r.rowsRead();
                rejected += r.rowsRejected();
                seconds += r.seconds();
            }
            Long readings = stack.app
                    .getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from readings", Long.class);
            System.out.printf(
                    "total: %,d rows (%,d readings stored), %d rejected, %.1f s, %,.0f rows/s, %,.0f readings/s%n",
                    rows, readings, rejected, seconds, rows / seconds, readings / seconds);
        }
    }
}
