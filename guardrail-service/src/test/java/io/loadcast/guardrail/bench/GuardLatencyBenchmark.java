package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.GuardrailApplication;
import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.guard.domain.GuardResult;
import io.loadcast.guardrail.guard.domain.GuardService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of the guard checks in-process, as rag-service sees them minus HTTP: an input check of a question, and
 * an output check of a 300-word answer against three contexts, on the service's real beans (embedded PostgreSQL
 * for the audit log). Prints p50 and p99 over 1000 rounds after 200 warm-up rounds.
 */
public final class GuardLatencyBenchmark {

    private static final String[] SENTENCES = {
        "National demand in Great Britain peaks on winter weekday evenings between five and seven o'clock.",
        "Embedded wind and solar generation reduce the demand seen by the transmission system.",
        "Heat pumps raise winter demand because they draw electricity when outside air is coldest.",
        "The settlement period is half an hour long and the day has forty-eight of them.",
        "Interconnectors with France, Norway and the Netherlands import power when prices abroad are lower.",
        "Forecast errors grow with the horizon and with sudden changes in temperature or cloud cover."
    };

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(GuardrailApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--logging.level.root=WARN")) {
            GuardService guard = context.getBean(GuardService.class);
            String question = "Why is electricity demand higher on winter evenings in Great Britain?";
            String answer = answer(300);
            List<String> contexts = List.of(
                    SENTENCES[0] + " " + SENTENCES[1],
                    SENTENCES[2] + " " + SENTENCES[3],
                    SENTENCES[4] + " " + SENTENCES[5]);
            int warmup = 200;
            int rounds = 1000;
            long[] input = new long[rounds];
            long[] output = new long[rounds];
            long[] both = new long[rounds];
            GuardResult last = null;
            for (int i = -warmup; i < rounds; i++) {
                long t0 = System.nanoTime();
                guard.checkInput("bench", question, List.of());
                long t1 = System.nanoTime();
                last = guard.checkOutput("bench", question, answer, contexts);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    input[i] = t1 - t0;
                    output[i] = t2 - t1;
                    both[i] = t2 - t0;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "answer: %d words, decision %s, groundedness %.2f%n",
                    answer.split("\\s+").length,
                    last.decision(),
                    last.groundedness());
            TextEmbedder embedder = context.getBean(TextEmbedder.class);
            long[] embed = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                embedder.embed(question);
                embed[i] = System.nanoTime() - t0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d cores, load average %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
            print("  of which bge-small embedding", embed);
            print("input check (question)", input);
            print("output check (300-word answer)", output);
            print("input + output", both);
        }
    }

    private static String answer(int words) {
        List<String> out = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < words; i++) {
            String s = SENTENCES[i % SENTENCES.length];
            out.add(s);
            count += s.split("\\s+").length;
        }
        return String.join(" ", out);
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-32s p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n",
                name,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
