package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.GuardrailApplication;
import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.guard.domain.GuardService;
import io.loadcast.guardrail.injection.InjectionDatasets;
import io.loadcast.guardrail.injection.LabelledText;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of the guard checks in-process, as rag-service sees them minus HTTP, on the service's real beans (embedded
 * PostgreSQL for the audit log). Every round uses a different real text: an NQ-open question for the input check and
 * a 300-word answer cut from the energy-docs passages (with three passages as contexts) for the output check, so the
 * embedding cache never hits in the "uncached" stages. A second pass repeats the same questions to show the cache.
 * Args: [shared data dir] [rounds, default 1000] [rounds with contexts, default 300]. 200 warm-up rounds on texts not measured.
 */
public final class GuardLatencyBenchmark {

    private static final int WARMUP = 200;

    public static void main(String[] args) throws Exception {
        Path data = BenchData.root(args);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        List<String> questions = new ArrayList<>(new LinkedHashSet<>(
                InjectionDatasets.naturalQuestions(data.resolve("prompt-injection/nq_open_dev_questions_benign.jsonl"))
                        .stream()
                        .map(LabelledText::text)
                        .toList()));
        List<String> words = energyDocWords(data.resolve("energy-docs"));
        int needed = WARMUP + rounds;
        int withContextRounds = Math.min(rounds, args.length > 2 ? Integer.parseInt(args[2]) : 300);
        // answers start every `stride` words: distinct (overlapping when the passages are short of text)
        int stride = Math.min(300, (words.size() - 300) / (needed + withContextRounds));
        if (questions.size() < needed || stride < 50) {
            throw new IllegalStateException("not enough distinct questions or answer text for " + rounds + " rounds");
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                ConfigurableApplicationContext context = new SpringApplicationBuilder(GuardrailApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--logging.level.root=WARN")) {
            GuardService guard = context.getBean(GuardService.class);
            TextEmbedder cached = context.getBean(TextEmbedder.class);
            long[] input = new long[rounds];
            long[] output = new long[rounds];
            long[] both = new long[rounds];
            long[] embed = new long[rounds];
            long[] inputCpu = new long[rounds];
            long[] outputCpu = new long[rounds];
            long[] embedCpu = new long[rounds];
            long[] bothCpu = new long[rounds];
            long[] bothWait = new long[rounds];
            long[] bothUncontended = new long[rounds];
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            TextEmbedder uncached = new TextEmbedder();
            long missesBefore = cached.cacheMisses();
            List<StageProfile.Round> profiled = new ArrayList<>();
            for (int i = -WARMUP; i < rounds; i++) {
                int k = i + WARMUP;
                String question = questions.get(k);
                List<String> answerWords = words.subList(k * stride, k * stride + 300);
                String answer = String.join(" ", answerWords);
                List<String> contexts = List.of(
                        String.join(" ", answerWords.subList(0, 100)),
                        String.join(" ", answerWords.subList(100, 200)),
                        String.join(" ", answerWords.subList(200, 300)));
                // the wait window sits inside the wall window (a preemption between the two reads is in both)
                long tw0 = System.nanoTime();
                long w0 = RunQueue.waitNanos();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                guard.checkInput("bench", question, List.of());
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                guard.checkOutput("bench", question, answer, contexts);
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                long w2 = RunQueue.waitNanos();
                long tw2 = System.nanoTime();
                // the same question once more through an embedder without cache: the model's own cost
                uncached.embed(question);
                long t3 = System.nanoTime();
                long c3 = threads.getCurrentThreadCpuTime();
                if (i >= 0) {
                    profiled.add(new StageProfile.Round(question, answer, contexts));
                    input[i] = t1 - t0;
                    output[i] = t2 - t1;
                    both[i] = t2 - t0;
                    embed[i] = t3 - t2;
                    inputCpu[i] = c1 - c0;
                    outputCpu[i] = c2 - c1;
                    embedCpu[i] = c3 - c2;
                    bothCpu[i] = c2 - c0;
                    bothWait[i] = w2 - w0;
                    bothUncontended[i] = tw2 - tw0 - (w2 - w0);
                }
            }
            long misses = cached.cacheMisses() - missesBefore;
            // second pass: the same questions again, now answered from the embedding cache
            long[] inputCached = new long[rounds];
            long hitsBefore = cached.cacheHits();
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                guard.checkInput("bench", questions.get(i + WARMUP), List.of());
                inputCached[i] = System.nanoTime() - t0;
            }
            long hits = cached.cacheHits() - hitsBefore;
            // input check with three distinct retrieved passages (indirect injection: four embeddings, uncached)
            long[] inputWithContexts = new long[withContextRounds];
            int offset = needed * stride;
            for (int i = 0; i < withContextRounds; i++) {
                List<String> w = words.subList(offset + i * stride, offset + i * stride + 300);
                List<String> contexts = List.of(
                        String.join(" ", w.subList(0, 100)),
                        String.join(" ", w.subList(100, 200)),
                        String.join(" ", w.subList(200, 300)));
                long t0 = System.nanoTime();
                guard.checkInput("bench", "context round " + i + ": " + questions.get(i), contexts);
                inputWithContexts[i] = System.nanoTime() - t0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d rounds after %d warm-up rounds; %d distinct NQ questions, 300-word energy-docs answers;"
                            + " %d cores, load average %s%n",
                    rounds,
                    WARMUP,
                    rounds,
                    Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).trim());
            System.out.printf(
                    Locale.ROOT,
                    "embedding cache: first pass %d misses (uncached), second pass %d hits of %d%n",
                    misses,
                    hits,
                    rounds);
            print("bge-small embedding, question (no cache)", embed);
            print("input check, question (uncached)", input);
            print("output check, 300-word answer", output);
            print("input + output (uncached)", both);
            print("input check, question (cached)", inputCached);
            print("input check + 3 contexts (uncached)", inputWithContexts);
            System.out.println("CPU time of the calling thread (ONNX runs on it with one intra-op thread), less"
                    + " sensitive to other processes than wall time:");
            print("  CPU: bge-small embedding, question", embedCpu);
            print("  CPU: input check, question (uncached)", inputCpu);
            print("  CPU: output check, 300-word answer", outputCpu);
            print("  CPU: input + output (uncached)", bothCpu);
            if (schedstatAvailable()) {
                System.out.println("Run-queue wait of the calling thread (/proc/thread-self/schedstat): time the"
                        + " check was runnable but every core was busy with other processes");
                print("  wait: input + output (uncached)", bothWait);
                print("  wall minus wait: input + output", bothUncontended);
                System.out.println("  (wall minus wait still holds blocked time, e.g. safepoints waiting for GC"
                        + " threads that wait for a core themselves)");
            }
            StageProfile.run(context, profiled);
            System.out.printf(
                    Locale.ROOT,
                    "at the end: load average %s, process CPU %.1f s (user+sys)%n",
                    Files.readString(Path.of("/proc/loadavg")).trim(),
                    processCpuSeconds());
        }
    }

    /** The words of every energy-docs passage, in file-name order. */
    private static List<String> energyDocWords(Path dir) throws Exception {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(
                            p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                for (String w : Files.readString(f).split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        }
        return words;
    }

    private static boolean schedstatAvailable() {
        return RunQueue.waitNanos() >= 0;
    }

    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static void print(String name, long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%-42s n %5d   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms%n",
                name,
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
