package io.loadcast.rag.experiments;

import io.loadcast.rag.RagProperties;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The experiment's variants and their assignment. A new session's variant comes from SHA-256 of
 * {@code experimentId:sessionId} mapped to [0, 1) and looked up in the cumulative shares (the same on every
 * replica); the first assignment is then stored ({@link ExperimentLog#assignOnce}), so a session keeps its variant
 * across restarts and even when the shares are changed later.
 */
public final class PromptVariants {

    private static final Logger LOG = LoggerFactory.getLogger(PromptVariants.class);

    private final String experimentId;
    private final List<PromptVariant> variants;
    private final double totalShare;
    private final @Nullable ExperimentLog log;

    /** Assignment by hash alone, with nothing stored. */
    public PromptVariants(RagProperties.Experiment experiment) {
        this(experiment, null);
    }

    public PromptVariants(RagProperties.Experiment experiment, @Nullable ExperimentLog log) {
        this.log = log;
        this.experimentId = experiment.id();
        List<PromptVariant> loaded = new ArrayList<>();
        for (RagProperties.Variant v : experiment.variants()) {
            loaded.add(new PromptVariant(v.name(), v.version(), v.share(), v.maxSentences(), template(v)));
        }
        this.variants = List.copyOf(loaded);
        this.totalShare = variants.stream().mapToDouble(PromptVariant::share).sum();
        if (totalShare <= 0) {
            throw new IllegalStateException("The shares of experiment " + experimentId + " add up to 0");
        }
    }

    public String experimentId() {
        return experimentId;
    }

    public List<PromptVariant> all() {
        return variants;
    }

    /** The requested variant, else the session's sticky one, else a random one by share. */
    public PromptVariant assign(@Nullable String sessionId, @Nullable String requested) {
        if (requested != null) {
            return variants.stream()
                    .filter(v -> v.name().equals(requested))
                    .findFirst()
                    .orElseThrow(() -> new LoadcastProblemException(
                                    ProblemType.UNKNOWN_VARIANT,
                                    "No prompt variant '" + requested + "'; known: "
                                            + variants.stream()
                                                    .map(PromptVariant::name)
                                                    .toList()
                                            + ".")
                            .with("field", "variant"));
        }
        if (sessionId == null) {
            return byShare(ThreadLocalRandom.current().nextDouble());
        }
        PromptVariant candidate = byShare(bucket(sessionId));
        if (log == null) {
            return candidate;
        }
        String stored;
        try {
            stored = log.assignOnce(experimentId, sessionId, candidate.name());
        } catch (DataAccessException e) {
            // the hash gives the same variant on every call, so an answer need not fail for the database
            LOG.warn("Variant assignment not stored ({}); using the session's hash", e.toString());
            return candidate;
        }
        // a variant removed from the configuration since: the session moves to its hash's variant
        return variants.stream()
                .filter(v -> v.name().equals(stored))
                .findFirst()
                .orElse(candidate);
    }

    private PromptVariant byShare(double point) {
        double cumulative = 0;
        for (PromptVariant variant : variants) {
            cumulative += variant.share() / totalShare;
            if (point < cumulative) {
                return variant;
            }
        }
        return variants.get(variants.size() - 1);
    }

    private double bucket(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + ":" + sessionId).getBytes(StandardCharsets.UTF_8));
            long bits = ByteBuffer.wrap(hash).getLong() >>> 11;
            return bits / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String template(RagProperties.Variant variant) {
        String resource = "prompts/" + variant.name() + "." + variant.version() + ".txt";
        try (InputStream in = PromptVariants.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Prompt template " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
