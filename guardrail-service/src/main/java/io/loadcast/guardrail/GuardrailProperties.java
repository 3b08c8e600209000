package io.loadcast.guardrail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of guardrail-service.
 *
 * @param maxTextLength the longest text (or answer, or context) checked, in characters; longer is a 413 problem
 * @param maxContexts the most contexts one request may carry
 * @param injection the trained injection model and how long texts are windowed for it
 * @param passages limits of the passage check (indirect injection in retrieved text)
 * @param embedding the bge-small embedding cache
 * @param topics the assistant's domain: allowed topics described in words
 * @param moderation thresholds of the harm and denied-topic checks
 * @param rateLimit requests per API key
 * @param policies per API key name (as configured under {@code loadcast.security.api-keys}); {@code default}
 *     applies to keys without their own, and fills what a key's policy leaves out
 */
@Validated
@ConfigurationProperties("loadcast.guardrail")
public record GuardrailProperties(
        @Positive @DefaultValue("100000") int maxTextLength,
        @Positive @DefaultValue("50") int maxContexts,
        @Valid @DefaultValue Injection injection,
        @Valid @DefaultValue Passages passages,
        @Valid @DefaultValue Embedding embedding,
        @Valid @DefaultValue Topics topics,
        @Valid @DefaultValue Moderation moderation,
        @Valid @DefaultValue RateLimit rateLimit,
        @Valid @DefaultValue Map<String, Policy> policies) {

    /**
     * @param model classpath location of the model written by {@code TrainInjectionModel}
     * @param windowChars long texts are scored in windows of this many characters (the embedding sees 512 tokens)
     * @param maxWindows at most this many windows, spread evenly over the text
     */
    public record Injection(
            @NotBlank @DefaultValue("models/injection-detector.json")
            String model,

            @Positive @DefaultValue("600") int windowChars,
            @Positive @DefaultValue("8") int maxWindows) {}

    /**
     * @param maxBatch most passages in one request (400 problem beyond)
     * @param maxChars longest passage in characters (413 problem beyond)
     * @param maxSegments most segments of one passage scored on their own
     */
    public record Passages(
            @Positive @DefaultValue("50") int maxBatch,
            @Positive @DefaultValue("20000") int maxChars,
            @Positive @DefaultValue("40") int maxSegments) {}

    /**
     * @param cacheSize most embeddings kept (LRU by SHA-256 of the text, about 1.6 kB each); 0 turns the cache off
     */
    public record Embedding(
            @PositiveOrZero @DefaultValue("10000") long cacheSize) {}

    /**
     * @param allowed descriptions of what the assistant is for; a text far from all of them is off-topic
     */
    public record Topics(
            @DefaultValue({
                "electricity demand, load and forecasting",
                "power generation: wind, solar, gas, coal, nuclear and hydro",
                "the electricity grid, transmission, distribution and interconnectors",
                "energy prices, tariffs, bills and the energy market",
                "heating, heat pumps, insulation and home energy efficiency",
                "batteries, energy storage and electric vehicle charging",
                "power cuts, outages and grid reliability",
                "carbon emissions, net zero and climate policy for energy",
                "weather, temperature and their effect on energy use",
                "this forecasting system: models, data, metrics, training and drift"
            })
            List<String> allowed) {}

    /**
     * Cosine-similarity thresholds to the exemplars of {@code moderation/harm-exemplars.txt}, calibrated by
     * {@code HarmCalibrationBenchmark} (harmful requests against benign questions; see the README).
     *
     * @param harmThreshold violence, weapons, self-harm
     * @param deniedThreshold medical, legal, financial advice, politics
     */
    public record Moderation(
            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.75")
            double harmThreshold,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.75")
            double deniedThreshold) {}

    /**
     * Bucket4j token bucket per API key: {@code capacity} requests, refilled at {@code perSecond}.
     *
     * @param keys requests per second for named keys (a batch job, a noisy client): their bucket holds that many and
     *     refills that many per second
     */
    public record RateLimit(
            @Positive @DefaultValue("200") long capacity,
            @Positive @DefaultValue("100") long perSecond,
            @DefaultValue Map<String, Long> keys) {

        /** The capacity of a key's bucket: its own from {@code keys}, else the common one. */
        public long capacityOf(String key) {
            return keys.getOrDefault(key, capacity);
        }

        /** Tokens a key's bucket regains per second. */
        public long refillOf(String key) {
            return keys.getOrDefault(key, perSecond);
        }
    }

    /** What to do about each kind of violation; a missing rule falls back to the default policy, then built-ins. */
    public record Policy(
            @Nullable Rule promptInjection,
            @Nullable Rule indirectInjection,
            @Nullable Rule obfuscation,
            @Nullable Rule pii,
            @Nullable Rule toxicity,
            @Nullable Rule harm,
            @Nullable Rule offTopic,
            @Nullable Rule deniedTopic,
            @Nullable Rule ungrounded,
            @Nullable Rule irrelevant) {}

    /**
     * @param action BLOCK, REDACT (personal data only; otherwise treated as BLOCK) or LOG
     * @param threshold a violation is reported when its score reaches this; unset keeps the detector's default
     */
    public record Rule(
            @Nullable Action action,
            @Nullable @DecimalMin("0") @DecimalMax("1") Double threshold) {}

    public enum Action {
        BLOCK,
        REDACT,
        LOG
    }
}
