package io.loadcast.forecast.serving;

import io.loadcast.forecast.bindings.Contender;
import io.loadcast.forecast.bindings.TakeoverDecision;
import io.loadcast.forecast.bindings.TakeoverOutcome;
import io.loadcast.forecast.bindings.Takeovers;
import io.loadcast.forecast.serving.ServingModels.Slot;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What serves a series without a binding: the naming rule ({@code forecast-<series>} if it exists, else a champion
 * trained on the series) proposes a model, but a model that would take over from the one serving the series now
 * (remembered per series, or the winner of its last takeover decision after a restart) takes over only when it beats
 * it on the same window ({@link Takeovers}); the first model served for a series needs no comparison.
 */
final class ServingRule {

    private final ServingModels models;
    private final Takeovers takeovers;
    private final Map<String, String> servedBy = new ConcurrentHashMap<>();

    ServingRule(ServingModels models, Takeovers takeovers) {
        this.models = models;
        this.takeovers = takeovers;
    }

    @Nullable
    Slot choose(String seriesId, @Nullable Instant origin) {
        Slot proposed = proposed(seriesId);
        if (proposed == null) {
            return null;
        }
        String incumbentName = servedBy.computeIfAbsent(
                seriesId,
                k -> takeovers.lastWinner(seriesId).orElse(proposed.champion().name()));
        Slot incumbent = incumbentName.equals(proposed.champion().name()) ? proposed : models.slot(incumbentName);
        Slot chosen = proposed;
        if (incumbent != null && incumbent != proposed) {
            TakeoverDecision decision = takeovers.judge(
                    seriesId, origin, contender(proposed), contender(Objects.requireNonNull(incumbent)));
            chosen = decision.outcome() == TakeoverOutcome.TOOK_OVER ? proposed : incumbent;
        }
        servedBy.put(seriesId, chosen.champion().name());
        return chosen;
    }

    private @Nullable Slot proposed(String seriesId) {
        String own = ModelNames.forSeries(seriesId);
        Slot slot = models.slotServed(own);
        if (slot == null) {
            slot = models.covering(seriesId);
        }
        return slot != null ? slot : models.slot(own);
    }

    private static Contender contender(Slot slot) {
        LoadedModel m = slot.champion();
        return new Contender(m.name(), m.version(), m.artifact().model());
    }
}
