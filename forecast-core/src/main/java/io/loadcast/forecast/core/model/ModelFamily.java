package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** The model families; {@link #slug()} is the name in requests, registry params and saved models. */
public enum ModelFamily {
    SEASONAL_NAIVE("seasonal-naive"),
    LINEAR("linear"),
    LSTM("lstm"),
    GRU("gru"),
    DAY_AHEAD("day-ahead"),
    RLINEAR("rlinear"),
    RLINEAR_ENSEMBLE("rlinear-ensemble"),
    /** The mean of member models of other families; built by {@code auto} (see {@code EnsembleModel}). */
    ENSEMBLE("ensemble"),
    /** Trains the candidate families, keeps the one with the lowest validation error (see {@code AutoTrainer}). */
    AUTO("auto");

    private final String slug;

    ModelFamily(String slug) {
        this.slug = slug;
    }

    @JsonValue
    public String slug() {
        return slug;
    }

    /** The slugs of all families, for messages. */
    public static List<String> slugs() {
        return Arrays.stream(values()).map(ModelFamily::slug).toList();
    }

    /** The family of {@code slug}; an unknown slug is an {@link IllegalArgumentException} naming the known ones. */
    @JsonCreator
    public static ModelFamily of(String slug) {
        for (ModelFamily family : values()) {
            if (family.slug.equals(slug)) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown model family '" + slug + "', expected one of " + slugs());
    }

    @Override
    public String toString() {
        return slug;
    }
}
