package io.loadcast.edge;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.UnreadableModelException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The champion served for each followed model. A swap downloads the artifact, checks its sha256 against the
 * registry's record, loads it with forecast-core and replaces the model in one step; anything that fails leaves
 * the previous model serving and is kept as the model's last error.
 */
final class Champions {

    private static final Logger log = LoggerFactory.getLogger(Champions.class);

    private final Map<String, LoadedChampion> served = new ConcurrentHashMap<>();
    private final Map<String, String> errors = new ConcurrentHashMap<>();
    private final RegistryClient registry;
    private final EdgeConfig config;
    private final Clock clock;

    Champions(RegistryClient registry, EdgeConfig config) {
        this.registry = registry;
        this.config = config;
        this.clock = config.clock();
    }

    Optional<LoadedChampion> get(String model) {
        return Optional.ofNullable(served.get(model));
    }

    Optional<String> lastError(String model) {
        return Optional.ofNullable(errors.get(model));
    }

    /** Asks the registry for the champion of {@code model} and serves it (poll mode, and at start). */
    synchronized SwapOutcome refresh(String model) {
        return attempt(model, () -> registry.alias(model, config.championAlias()));
    }

    /** Serves {@code version} of {@code model}, which a model event named champion. */
    synchronized SwapOutcome swapTo(String model, String version) {
        return attempt(model, () -> registry.version(model, version));
    }

    private interface Lookup {
        Optional<RegistryClient.VersionRef> find();
    }

    private SwapOutcome attempt(String model, Lookup lookup) {
        try {
            Optional<RegistryClient.VersionRef> ref = lookup.find();
            if (ref.isEmpty()) {
                return SwapOutcome.NO_CHAMPION;
            }
            LoadedChampion current = served.get(model);
            if (current != null && current.version().equals(ref.get().version())) {
                return SwapOutcome.UNCHANGED;
            }
            served.put(model, load(model, ref.get()));
            errors.remove(model);
            log.info("edge serves {} version {}", model, ref.get().version());
            return SwapOutcome.SWAPPED;
        } catch (ArtifactRejectedException e) {
            return failed(model, SwapOutcome.REJECTED, e.getMessage());
        } catch (RegistryUnavailableException e) {
            return failed(model, SwapOutcome.UNAVAILABLE, e.getMessage());
        }
    }

    private LoadedChampion load(String model, RegistryClient.VersionRef ref) {
        RegistryClient.Download download = registry.download(ref.source());
        String actual = sha256(download.content());
        String expected = download.sha256();
        if (expected == null) {
            throw new ArtifactRejectedException(
                    "artifact of " + model + " version " + ref.version() + " came without "
                            + RegistryClient.CHECKSUM_HEADER + ": it cannot be verified, so it is not loaded",
                    null);
        }
        if (!expected.equalsIgnoreCase(actual)) {
            throw new ArtifactRejectedException(
                    "sha256 mismatch for " + model + " version " + ref.version() + ": the registry recorded " + expected
                            + ", the " + download.content().length + " bytes received hash to " + actual,
                    null);
        }
        try {
            ModelArtifact artifact = ModelArtifact.fromBytes(download.content(), config.maxArtifactBytes());
            return new LoadedChampion(model, ref.version(), actual, artifact, clock.instant());
        } catch (UnreadableModelException e) {
            throw new ArtifactRejectedException(
                    "artifact of " + model + " version " + ref.version() + " is unreadable: " + e.getMessage(), e);
        }
    }

    private SwapOutcome failed(String model, SwapOutcome outcome, @Nullable String reason) {
        String message = String.valueOf(reason);
        errors.put(model, message);
        LoadedChampion kept = served.get(model);
        log.warn(
                "{} not swapped ({}); {}: {}",
                model,
                outcome,
                kept == null ? "no model serves yet" : "version " + kept.version() + " keeps serving",
                message);
        return outcome;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
