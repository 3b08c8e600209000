package io.loadcast.forecast.testing;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/** Demand-like test data: a daily double peak, lower weekends, a slow level drift and seeded Gaussian noise. */
public final class SyntheticDemand {

    private SyntheticDemand() {}

    public static HalfHourlySeries series(String id, Instant start, int days, long seed) {
        return series(id, start, days, seed, 1.0);
    }

    public static HalfHourlySeries series(String id, Instant start, int days, long seed, double scale) {
        return generate(id, start, days, seed, scale, 2000);
    }

    /** The same daily and weekly shape and noise without the slow level cycle: a series whose model stays right. */
    public static HalfHourlySeries steady(String id, Instant start, int days, long seed) {
        return generate(id, start, days, seed, 1.0, 0);
    }

    private static HalfHourlySeries generate(
            String id, Instant start, int days, long seed, double scale, double levelCycle) {
        Random random = new Random(seed);
        double[] values = new double[days * HalfHourlySeries.STEPS_PER_DAY];
        for (int i = 0; i < values.length; i++) {
            Instant t = start.plusSeconds(1800L * i);
            var utc = t.atZone(ZoneOffset.UTC);
            double hour = utc.getHour() + utc.getMinute() / 60.0;
            double daily = 6000 * Math.exp(-Math.pow(hour - 8.5, 2) / 6) + 9000 * Math.exp(-Math.pow(hour - 18, 2) / 5);
            double weekend = utc.getDayOfWeek().getValue() >= 6 ? -4000 : 0;
            double level = 25000 + levelCycle * Math.sin(2 * Math.PI * i / (HalfHourlySeries.STEPS_PER_DAY * 60.0));
            values[i] = scale * (level + daily + weekend + random.nextGaussian() * 400);
        }
        return new HalfHourlySeries(id, start, values);
    }
}
