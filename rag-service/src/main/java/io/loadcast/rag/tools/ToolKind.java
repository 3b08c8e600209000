package io.loadcast.rag.tools;

import java.util.Locale;

/** The live facts an answer can quote, each from one sibling-service API. */
public enum ToolKind {
    FORECAST("forecast", "live forecast"),
    SERVING_MODEL("servingModel", "serving model"),
    CANARY("canary", "canary state"),
    DRIFT("drift", "drift status"),
    DATA_QUALITY("dataQuality", "data quality report"),
    TRAINING_RUNS("trainingRuns", "training run list");

    private final String method;
    private final String label;

    ToolKind(String method, String label) {
        this.method = method;
        this.label = label;
    }

    /** The {@code @Tool} method of {@link OperatorTools} that a chat model calls by this name. */
    public String method() {
        return method;
    }

    /** What an operator calls it ("serving model"). */
    public String label() {
        return label;
    }

    /** The citation's document id: {@code forecast:GB-ND}, {@code tool:drift:GB-ND}. */
    public String citationId(String seriesId) {
        return this == FORECAST ? "forecast:" + seriesId : "tool:" + name().toLowerCase(Locale.ROOT) + ":" + seriesId;
    }

    public static java.util.Optional<ToolKind> byMethod(String method) {
        for (ToolKind kind : values()) {
            if (kind.method.equals(method)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
