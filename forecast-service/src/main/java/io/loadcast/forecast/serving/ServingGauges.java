package io.loadcast.forecast.serving;

import io.loadcast.forecast.registry.ModelRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The gauges of what is served, for the ML dashboard: {@code loadcast.forecast.model.serving} (1 per served
 * model/version/role), {@code loadcast.forecast.canary.share} and {@code loadcast.forecast.backtest.error} (the
 * champion's backtest MAE from its registry run) per registered model. Rows are replaced on every swap, so
 * versions no longer served disappear and the tags stay bounded by the models served.
 */
@Component
class ServingGauges {

    private static final Logger log = LoggerFactory.getLogger(ServingGauges.class);

    /** What one registered model serves now. */
    record Served(
            String model, String championVersion, @Nullable String canaryVersion, double canaryShare) {}

    private final MultiGauge serving;
    private final MultiGauge canaryShare;
    private final MultiGauge backtestError;
    private final Map<String, Served> served = new ConcurrentHashMap<>();
    private final Map<String, Double> championMae = new ConcurrentHashMap<>();
    private final ModelRegistry registry;

    ServingGauges(MeterRegistry meters, ModelRegistry registry) {
        this.registry = registry;
        this.serving = MultiGauge.builder("loadcast.forecast.model.serving")
                .description("1 for each model version served, by role (champion, canary)")
                .register(meters);
        this.canaryShare = MultiGauge.builder("loadcast.forecast.canary.share")
                .description("share of requests routed to the canary version")
                .register(meters);
        this.backtestError = MultiGauge.builder("loadcast.forecast.backtest.error")
                .description("backtest MAE of the champion (MW), from its registry run")
                .register(meters);
    }

    /** Records what {@code model} serves now; looks the champion's backtest MAE up when the champion changed. */
    void update(Served now) {
        Served before = served.put(now.model(), now);
        if (before == null || !before.championVersion().equals(now.championVersion())) {
            championMae.remove(now.model());
            backtestMae(now.model(), now.championVersion()).ifPresent(mae -> championMae.put(now.model(), mae));
        }
        publish();
    }

    private OptionalDouble backtestMae(String model, String version) {
        try {
            return registry.version(model, version)
                    .map(ref -> registry.runMetric(ref.runId(), "mae"))
                    .orElse(OptionalDouble.empty());
        } catch (RuntimeException e) {
            log.debug("no backtest MAE for {} v{}: {}", model, version, e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private synchronized void publish() {
        List<MultiGauge.Row<?>> servingRows = new ArrayList<>();
        List<MultiGauge.Row<?>> shareRows = new ArrayList<>();
        List<MultiGauge.Row<?>> errorRows = new ArrayList<>();
        for (Served s : served.values()) {
            servingRows.add(MultiGauge.Row.of(
                    Tags.of("model", s.model(), "version", s.championVersion(), "role", "champion"), 1));
            if (s.canaryVersion() != null) {
                servingRows.add(MultiGauge.Row.of(
                        Tags.of("model", s.model(), "version", s.canaryVersion(), "role", "canary"), 1));
            }
            shareRows.add(MultiGauge.Row.of(Tags.of("model", s.model()), s.canaryShare()));
            Double mae = championMae.get(s.model());
            if (mae != null) {
                errorRows.add(MultiGauge.Row.of(Tags.of("model", s.model()), mae));
            }
        }
        serving.register(servingRows, true);
        canaryShare.register(shareRows, true);
        backtestError.register(errorRows, true);
    }
}
