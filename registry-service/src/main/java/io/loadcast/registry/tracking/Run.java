package io.loadcast.registry.tracking;

import io.loadcast.registry.mlflow.Tag;
import java.util.List;

/** MLflow's {@code Run} message: info and data (latest metrics, params, tags). */
public record Run(RunInfo info, Data data) {

    /** MLflow's {@code RunData}. */
    public record Data(List<Metric> metrics, List<Tag> params, List<Tag> tags) {}

    public String tag(String key) {
        return data.tags().stream()
                .filter(t -> t.key().equals(key))
                .map(Tag::value)
                .findFirst()
                .orElse("");
    }
}
