package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.injection.InjectionDetector;
import io.loadcast.guardrail.moderation.GroundednessScorer;
import io.loadcast.guardrail.moderation.HarmClassifier;
import io.loadcast.guardrail.moderation.TopicClassifier;
import io.loadcast.guardrail.moderation.ToxicityDetector;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import io.loadcast.guardrail.pii.PiiDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * Where the time of an input + output check goes: each stage of {@code GuardService} run on its own on the same
 * texts, timed by the calling thread's CPU time (less sensitive to the other processes on a shared host than wall
 * time). The embedding is timed on an embedder without a cache.
 */
final class StageProfile {

    /** One round's texts: a question, an answer and the answer's contexts. */
    record Round(String question, String answer, List<String> contexts) {}

    private final Map<String, long[]> cpu = new LinkedHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final int rounds;

    private StageProfile(int rounds) {
        this.rounds = rounds;
    }

    static void run(ApplicationContext context, List<Round> rounds) {
        Deobfuscator deobfuscator = context.getBean(Deobfuscator.class);
        InjectionDetector injection = context.getBean(InjectionDetector.class);
        PiiDetector pii = context.getBean(PiiDetector.class);
        ToxicityDetector toxicity = context.getBean(ToxicityDetector.class);
        HarmClassifier harm = context.getBean(HarmClassifier.class);
        TopicClassifier topics = context.getBean(TopicClassifier.class);
        GroundednessScorer grounded = context.getBean(GroundednessScorer.class);
        TextEmbedder embedder = new TextEmbedder();
        StageProfile p = new StageProfile(rounds.size());
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            long c = p.now();
            Deobfuscated clean = deobfuscator.normalize(r.question());
            c = p.mark("input: de-obfuscate", i, c);
            float[] head = embedder.embed(FeatureTable.head(clean.text()));
            c = p.mark("input: bge-small embedding", i, c);
            injection.score(clean, head);
            c = p.mark("input: injection features + model", i, c);
            pii.detect(r.question());
            c = p.mark("input: PII", i, c);
            toxicity.score(clean.text());
            c = p.mark("input: toxicity", i, c);
            harm.harm(head);
            harm.deniedTopic(head);
            topics.score(head);
            c = p.mark("input: harm, denied, off-topic", i, c);
            pii.detect(r.answer());
            c = p.mark("output: PII", i, c);
            toxicity.score(deobfuscator.normalize(r.answer()).text());
            c = p.mark("output: de-obfuscate + toxicity", i, c);
            grounded.groundedness(r.answer(), r.contexts());
            c = p.mark("output: groundedness", i, c);
            grounded.relevance(r.question(), r.answer());
            p.mark("output: relevance", i, c);
        }
        System.out.println("Stage profile (CPU time of the calling thread per stage, same texts):");
        p.cpu.forEach((name, ns) -> print(name, ns));
    }

    private long now() {
        return threads.getCurrentThreadCpuTime();
    }

    private long mark(String stage, int i, long since) {
        long t = now();
        cpu.computeIfAbsent(stage, k -> new long[rounds])[i] = t - since;
        return t;
    }

    private static void print(String name, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double mean = Arrays.stream(s).average().orElse(0);
        System.out.printf(
                Locale.ROOT,
                "  %-36s mean %6.3f ms   p50 %6.3f ms   p99 %6.3f ms%n",
                name,
                mean / 1e6,
                s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6);
    }
}
