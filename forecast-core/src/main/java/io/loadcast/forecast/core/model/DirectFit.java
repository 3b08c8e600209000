package io.loadcast.forecast.core.model;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import io.loadcast.forecast.core.features.WeatherDays;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Trains a {@link DirectRecurrentModel} of the spec's family with {@link DirectTraining}, with or without the
 * horizon's weather. With weather (the stored actuals, standing in for the forecast) the net learns from every
 * demand period: steps whose days have weather get it with the flag 1, the others (the 2021 to late-2023 gap of the
 * shared data) zeros with the flag 0, so one net learns both modes and forecasts without weather when none is known
 * at the origin. A window with fewer than {@link #MIN_WEATHER_DAYS} days of weather trains the net without weather
 * inputs (format 2, or 4 with {@code calendar}): the weather inputs would be learnt from noise. With {@code calendar}
 * the net also takes {@link DirectCalendar}'s day-type inputs (formats 4 and 5). A spec of several {@link
 * RecurrentSpec#members()} trains them one after the other (seeds {@code seed}, {@code seed + 1}, ...; only one
 * training graph lives at a time, each member kept as a bare inference graph) into a {@link DirectMembersModel}.
 */
final class DirectFit {

    static final int MIN_WEATHER_DAYS = 60;

    /** Whether the family's trainers give the net {@link DirectCalendar}'s inputs (chosen on 2023 validation). */
    static final boolean CALENDAR_INPUTS = false;

    private DirectFit() {}

    static WeatherAwareModel train(
            List<HalfHourlySeries> series,
            RecurrentSpec spec,
            TrainingContext context,
            EpochListener listener,
            @Nullable WeatherDays weather,
            boolean calendar) {
        boolean aware = weather != null && days(series, weather) >= MIN_WEATHER_DAYS;
        if (weather != null) {
            context.note(
                    "weather_inputs",
                    aware ? "used (" + days(series, weather) + " days)" : "not used: too few days with weather");
        }
        DirectLayout layout = new DirectLayout(aware, calendar);
        DirectTraining training = new DirectTraining(series, spec, aware ? weather : null, calendar);
        if (spec.members() == 1) {
            return net(training, spec, layout, listener, context.provenance(spec, series, layout.format()));
        }
        Provenance provenance = context.provenance(spec, series, Provenance.DIRECT_MEMBERS_FORMAT);
        List<DirectRecurrentModel> members = new ArrayList<>();
        for (int i = 0; i < spec.members(); i++) {
            Provenance member = DirectMembersModel.member(provenance, i, layout.format());
            RecurrentSpec memberSpec = spec.member(i);
            DirectRecurrentModel trained =
                    net(training.forMember(memberSpec), memberSpec, layout, listener(listener, spec, i), member);
            members.add(bare(trained));
        }
        return new DirectMembersModel(provenance, members);
    }

    private static DirectRecurrentModel net(
            DirectTraining training,
            RecurrentSpec spec,
            DirectLayout layout,
            EpochListener listener,
            Provenance provenance) {
        SameDiff sd = DirectRecurrentModel.build(spec, training.schedule(), layout, false);
        training.run(DirectRecurrentModel.net(sd, spec.hidden()), listener);
        return new DirectRecurrentModel(provenance, sd);
    }

    /** The member's parameters in a fresh graph without the training state (gradients, Adam's moments). */
    private static DirectRecurrentModel bare(DirectRecurrentModel trained) {
        try {
            return DirectRecurrentModel.read(
                    trained.provenance(), new ByteArrayInputStream(DirectMembersModel.bytes(trained)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Member {@code i}'s epochs reported as epochs {@code i * epochs + 1, ...} of {@code members * epochs}. */
    private static EpochListener listener(EpochListener listener, RecurrentSpec spec, int i) {
        int offset = i * spec.epochs();
        int total = spec.members() * spec.epochs();
        return new EpochListener() {
            @Override
            public void onEpoch(int epoch, int epochs, double loss) {
                listener.onEpoch(offset + epoch, total, loss);
            }

            @Override
            public void onBatch(int epoch, int batch, int batches) {
                listener.onBatch(offset + epoch, batch, batches);
            }
        };
    }

    private static long days(List<HalfHourlySeries> series, WeatherDays weather) {
        return series.stream()
                .mapToLong(s -> DirectWeather.daysWithin(weather, s.start(), s.end()))
                .sum();
    }
}
