package io.loadcast.forecast.serving;

import io.loadcast.forecast.ForecastProperties;
import io.loadcast.forecast.bindings.ServingBinding;
import io.loadcast.forecast.bindings.ServingBindings;
import io.loadcast.forecast.bindings.Takeovers;
import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.registry.ModelRegistry;
import io.loadcast.forecast.registry.VersionRef;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The models being served, by registered model name: a champion and optionally a canary with its share of
 * traffic. A swap replaces one immutable slot atomically, so a request sees either the old or the new model, and
 * a version that fails to load leaves the slot untouched.
 *
 * <p>Canary routing is deterministic: an as-of request (series, origin) always goes to the same version, by a
 * 64-bit hash of the two mapped to [0, 1) and compared with the share (so the same question keeps its answer), and
 * requests without an origin are spread by a counter, the n-th going to the canary when {@code floor(n * share)}
 * steps up, which gives exactly the share over any run of requests.
 */
@Component
public class ServingModels {

    private static final Logger log = LoggerFactory.getLogger(ServingModels.class);

    record Slot(LoadedModel champion, @Nullable LoadedModel canary, double canaryShare) {}

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final Map<String, LoadedModel> pinned = new ConcurrentHashMap<>();
    private final ModelRegistry registry;
    private final MeterRegistry meters;
    private final String championAlias;
    private final ServingGauges gauges;
    private final AtomicLong unpinned = new AtomicLong();
    private final FailedLoads failed;
    private final long maxEntryBytes;
    private final ServingBindings bindings;
    private final ServingRule rule;

    ServingModels(
            ModelRegistry registry,
            MeterRegistry meters,
            ForecastProperties properties,
            ServingGauges gauges,
            Clock clock,
            ServingBindings bindings,
            Takeovers takeovers) {
        this.registry = registry;
        this.bindings = bindings;
        this.rule = new ServingRule(this, takeovers);
        this.meters = meters;
        this.gauges = gauges;
        this.championAlias = properties.championAlias();
        this.failed = new FailedLoads(clock, properties.artifacts().failedLoadRetryAfter());
        this.maxEntryBytes = properties.artifacts().maxEntryBytes();
    }

    /** Serves {@code artifact} as the champion of {@code name}, keeping any canary. */
    public void install(String name, String version, ModelArtifact artifact) {
        LoadedModel model = new LoadedModel(name, version, artifact);
        pinned.put(name + "@" + version, model);
        slots.compute(
                name,
                (k, old) -> old == null
                                || old.canary() == null
                                || old.canary().version().equals(version)
                        ? new Slot(model, null, 0)
                        : new Slot(model, old.canary(), old.canaryShare()));
        publish(name);
        meters.counter("loadcast.forecast.model.swaps", "outcome", "loaded").increment();
        log.info(
                "serving {} version {} ({}) as champion",
                name,
                version,
                artifact.model().provenance().spec().family());
    }

    /** Loads {@code version} from the registry and makes it the champion; false (old model kept) when it fails. */
    public boolean promote(String name, String version) {
        return load(name, version)
                .map(m -> {
                    install(name, version, m.artifact());
                    return true;
                })
                .orElse(false);
    }

    /** Sends {@code share} of the traffic of {@code name} to {@code version}; 0 removes the canary. */
    public boolean canary(String name, String version, double share) {
        Slot slot = slots.get(name);
        if (slot == null) {
            log.warn("canary {} {} ignored: no champion served yet", name, version);
            return false;
        }
        if (share <= 0) {
            slots.put(name, new Slot(slot.champion(), null, 0));
            publish(name);
            return true;
        }
        return load(name, version)
                .map(m -> {
                    slots.put(name, new Slot(slot.champion(), m, Math.min(1, share)));
                    publish(name);
                    log.info("canary {} version {} gets {} of the requests", name, version, Math.min(1, share));
                    return true;
                })
                .orElse(false);
    }

    private void publish(String name) {
        Slot slot = slots.get(name);
        if (slot != null) {
            gauges.update(new ServingGauges.Served(
                    name,
                    slot.champion().version(),
                    slot.canary() == null ? null : slot.canary().version(),
                    slot.canary() == null ? 0 : slot.canaryShare()));
        }
    }

    /** The canary of {@code name} and its share, if one is served. */
    public Optional<LoadedModel> canary(String name) {
        return Optional.ofNullable(slots.get(name)).map(Slot::canary);
    }

    /** The champion of {@code name}, if served. */
    public Optional<LoadedModel> champion(String name) {
        return Optional.ofNullable(slots.get(name)).map(Slot::champion);
    }

    /**
     * The model for a request: the pinned version when asked for, else the champion or, by its share, the canary
     * of the model that serves the series ({@link ServingRule}: its binding, else the naming rule with a same-window
     * comparison before a takeover); asks the registry for a champion when none is served yet.
     */
    public Optional<LoadedModel> pick(String seriesId, @Nullable Instant origin, @Nullable String version) {
        Optional<ServingBinding> binding = bindings.binding(seriesId);
        Slot slot = binding.isPresent() ? bound(binding.get()) : rule.choose(seriesId, origin);
        if (slot == null) {
            return Optional.empty();
        }
        if (version != null) {
            String modelName = slot.champion().name();
            return Optional.ofNullable(pinned.get(modelName + "@" + version)).or(() -> load(modelName, version));
        }
        if (slot.canary() != null && toCanary(seriesId, origin, slot.canaryShare())) {
            return Optional.of(slot.canary());
        }
        return Optional.of(slot.champion());
    }

    /** The slot a binding names: a pinned version, another alias's version, or the model's champion (and canary). */
    private @Nullable Slot bound(ServingBinding binding) {
        String name = binding.modelName();
        String version = binding.version();
        if (version == null && binding.alias() != null && !championAlias.equals(binding.alias())) {
            version = aliasVersion(name, binding.alias());
        }
        if (version != null) {
            return load(name, version).map(m -> new Slot(m, null, 0)).orElse(null);
        }
        return slot(name);
    }

    private @Nullable String aliasVersion(String name, String alias) {
        try {
            return registry.alias(name, alias).map(VersionRef::version).orElse(null);
        } catch (RuntimeException e) {
            log.warn("alias {} of {} not resolved: {}", alias, name, e.getMessage());
            return null;
        }
    }

    /** The served slot of {@code name}, if served here already. */
    @Nullable
    Slot slotServed(String name) {
        return slots.get(name);
    }

    /** The served slot of {@code name}, fetching its champion from the registry when none is served yet. */
    @Nullable
    Slot slot(String name) {
        Slot slot = slots.get(name);
        if (slot == null && fetchChampion(name)) {
            slot = slots.get(name);
        }
        return slot;
    }

    /** The served slot of a model trained on {@code seriesId} (a champion covering it), if any. */
    @Nullable
    Slot covering(String seriesId) {
        return slots.values().stream()
                .filter(s -> s.champion().covers(seriesId))
                .findFirst()
                .orElse(null);
    }

    private boolean toCanary(String seriesId, @Nullable Instant origin, double share) {
        if (origin == null) {
            long n = unpinned.getAndIncrement();
            return Math.floor((n + 1) * share) > Math.floor(n * share);
        }
        return unitHash(seriesId, origin) < share;
    }

    /** {@code (series, origin)} mapped to [0, 1) by MurmurHash3's 64-bit finaliser (fmix64). */
    static double unitHash(String seriesId, Instant origin) {
        long h = seriesId.hashCode() * 0x9E3779B97F4A7C15L ^ origin.getEpochSecond();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * Serves the champion of every registered model, so a restarted instance serves models registered under any
     * name (not only {@code forecast-<series>}, which {@link #pick} looks up on demand); returns how many.
     */
    public int loadChampions() {
        int loaded = 0;
        try {
            for (String name : registry.registeredModels()) {
                if (!slots.containsKey(name) && fetchChampion(name)) {
                    loaded++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("champions not loaded at startup: {}", e.getMessage());
        }
        return loaded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadChampionsInBackground() {
        Thread loader = new Thread(() -> log.info("serving {} champions from the registry", loadChampions()));
        loader.setName("champions");
        loader.setDaemon(true);
        loader.start();
    }

    private boolean fetchChampion(String name) {
        try {
            return registry.alias(name, championAlias)
                    .map(ref -> promote(name, ref.version()))
                    .orElse(false);
        } catch (RuntimeException e) {
            log.debug("no champion of {} from the registry: {}", name, e.getMessage());
            return false;
        }
    }

    private Optional<LoadedModel> load(String name, String version) {
        LoadedModel cached = pinned.get(name + "@" + version);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (failed.recently(name + "@" + version)) {
            log.debug("{} version {} failed to load recently; not fetching it again yet", name, version);
            return Optional.empty();
        }
        try {
            VersionRef ref = registry.version(name, version)
                    .orElseThrow(
                            () -> new IllegalStateException("registry knows no version " + version + " of " + name));
            LoadedModel model = new LoadedModel(
                    name, version, ModelArtifact.fromBytes(registry.download(ref.source()), maxEntryBytes));
            pinned.put(name + "@" + version, model);
            return Optional.of(model);
        } catch (RuntimeException e) {
            failed.remember(name + "@" + version);
            meters.counter("loadcast.forecast.model.swaps", "outcome", "failed").increment();
            log.warn("could not load {} version {}; previous model keeps serving: {}", name, version, e.getMessage());
            return Optional.empty();
        }
    }
}
