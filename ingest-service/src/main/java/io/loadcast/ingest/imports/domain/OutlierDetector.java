package io.loadcast.ingest.imports.domain;

import io.loadcast.ingest.readings.domain.ReadingInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Flags outliers with the robust (modified) z-score of Iglewicz and Hoaglin (1993), {@code 0.6745 (x - median) /
 * MAD}, which a few extreme values cannot mask as they would a mean and standard deviation. Series whose MAD is 0
 * (constants such as installed capacity) have no outliers by this measure.
 */
public final class OutlierDetector {

    private static final double CONSISTENCY = 0.6745;

    private final double threshold;

    public OutlierDetector(double threshold) {
        this.threshold = threshold;
    }

    /** All outliers of the readings, series by series, in input order. */
    public List<Outlier> find(List<ReadingInput> readings) {
        Map<String, List<ReadingInput>> bySeries = new LinkedHashMap<>();
        for (ReadingInput r : readings) {
            bySeries.computeIfAbsent(r.seriesId(), id -> new ArrayList<>()).add(r);
        }
        List<Outlier> outliers = new ArrayList<>();
        Median median = new Median();
        for (Map.Entry<String, List<ReadingInput>> series : bySeries.entrySet()) {
            double[] values =
                    series.getValue().stream().mapToDouble(ReadingInput::value).toArray();
            double center = median.evaluate(values);
            double[] deviations = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                deviations[i] = Math.abs(values[i] - center);
            }
            double mad = median.evaluate(deviations);
            if (mad == 0 || Double.isNaN(mad)) {
                continue;
            }
            for (ReadingInput r : series.getValue()) {
                double z = CONSISTENCY * (r.value() - center) / mad;
                if (Math.abs(z) > threshold) {
                    outliers.add(new Outlier(r.seriesId(), r.timestamp(), r.value(), z));
                }
            }
        }
        return outliers;
    }
}
