package io.loadcast.guardrail.guard.domain;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.embedding.TextEmbedder;
import io.loadcast.guardrail.guard.store.AuditLog;
import io.loadcast.guardrail.injection.FeatureTable;
import io.loadcast.guardrail.moderation.GroundednessScorer;
import io.loadcast.guardrail.moderation.HarmClassifier;
import io.loadcast.guardrail.moderation.TopicClassifier;
import io.loadcast.guardrail.moderation.ToxicityDetector;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import io.loadcast.guardrail.obfuscation.Deobfuscator;
import io.loadcast.guardrail.pii.PiiDetector;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The guard checks: what a user asks (and what was retrieved for it) and what the assistant answers. */
@Service
public class GuardService {

    private final Deobfuscator deobfuscator;
    private final TextEmbedder embedder;
    private final InjectionScanner injection;
    private final IndirectInjectionScanner indirect;
    private final HarmClassifier harm;
    private final GuardrailProperties.Moderation moderation;
    private final PiiDetector pii;
    private final ToxicityDetector toxicity;
    private final TopicClassifier topics;
    private final GroundednessScorer groundedness;
    private final PolicyBook policies;
    private final AuditLog audit;
    private final GuardMetrics metrics;

    GuardService(
            Deobfuscator deobfuscator,
            TextEmbedder embedder,
            InjectionScanner injection,
            IndirectInjectionScanner indirect,
            HarmClassifier harm,
            GuardrailProperties properties,
            PiiDetector pii,
            ToxicityDetector toxicity,
            TopicClassifier topics,
            GroundednessScorer groundedness,
            PolicyBook policies,
            AuditLog audit,
            GuardMetrics metrics) {
        this.deobfuscator = deobfuscator;
        this.embedder = embedder;
        this.injection = injection;
        this.indirect = indirect;
        this.harm = harm;
        this.moderation = properties.moderation();
        this.pii = pii;
        this.toxicity = toxicity;
        this.topics = topics;
        this.groundedness = groundedness;
        this.policies = policies;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** Injection, obfuscation, personal data, abuse and topic checks of a user's text and retrieved context. */
    public GuardResult checkInput(String caller, String text, List<String> contexts) {
        long started = System.nanoTime();
        Findings findings = new Findings(policies, caller);
        Deobfuscated clean = deobfuscator.normalize(text);
        float[] head = embedder.embed(FeatureTable.head(clean.text()));
        findings.add(ViolationKind.PROMPT_INJECTION, injection.score(clean, head), injection.threshold());
        if (clean.obfuscated()) {
            findings.add(ViolationKind.OBFUSCATION, clean.score(), 0.5);
        }
        findings.addPii(pii.detect(text));
        findings.add(ViolationKind.TOXICITY, toxicity.score(clean.text()), 0.5);
        addHarm(findings, head);
        findings.add(ViolationKind.OFF_TOPIC, topics.score(head).offTopicScore(), 0.5);
        for (String context : contexts) {
            findings.add(ViolationKind.INDIRECT_INJECTION, indirect.score(context), indirect.threshold());
        }
        return finish("INPUT", caller, text, findings, null, null, started);
    }

    private void addHarm(Findings findings, float[] embedding) {
        HarmClassifier.Match h = harm.harm(embedding);
        findings.add(
                ViolationKind.HARM, "HARM_" + h.category().name(), h.similarity(), moderation.harmThreshold(), null);
        HarmClassifier.Match d = harm.deniedTopic(embedding);
        findings.add(ViolationKind.DENIED_TOPIC, d.similarity(), moderation.deniedThreshold());
    }

    /** Personal-data leakage, abuse, groundedness in the contexts and relevance to the question of an answer. */
    public GuardResult checkOutput(String caller, String question, String answer, List<String> contexts) {
        long started = System.nanoTime();
        Findings findings = new Findings(policies, caller);
        findings.addPii(pii.detect(answer));
        findings.add(
                ViolationKind.TOXICITY,
                toxicity.score(deobfuscator.normalize(answer).text()),
                0.5);
        double grounded = groundedness.groundedness(answer, contexts);
        double relevant = groundedness.relevance(question, answer);
        findings.add(ViolationKind.UNGROUNDED, 1 - grounded, 0.5);
        findings.add(ViolationKind.IRRELEVANT, 1 - relevant, 0.9);
        return finish("OUTPUT", caller, answer, findings, grounded, relevant, started);
    }

    private GuardResult finish(
            String check,
            String caller,
            String text,
            Findings findings,
            @Nullable Double grounded,
            @Nullable Double relevant,
            long started) {
        Decision decision = findings.decision();
        List<Violation> violations = findings.violations();
        if (decision != Decision.ALLOW) {
            audit.record(caller, check, decision.name(), text, violations);
        }
        metrics.record(check, decision, violations, System.nanoTime() - started);
        return new GuardResult(decision, violations, findings.sanitize(text), grounded, relevant);
    }
}
