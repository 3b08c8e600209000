package io.loadcast.forecast.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The families {@code auto} may choose from, written as requests and registry params spell them: comma-separated
 * slugs ({@code "day-ahead,linear,rlinear-ensemble,seasonal-naive"}). {@code auto} and {@code ensemble} are not
 * candidates; an unknown slug or an empty list is an {@link InvalidSpecException} naming {@code candidates}.
 */
public record Candidates(List<ModelFamily> families) {

    /** Every family {@code auto} knows, the neural ones included (minutes to hours on long series). */
    public static final Candidates ALL = new Candidates(List.of(
            ModelFamily.DAY_AHEAD,
            ModelFamily.LINEAR,
            ModelFamily.RLINEAR_ENSEMBLE,
            ModelFamily.RLINEAR,
            ModelFamily.LSTM,
            ModelFamily.GRU,
            ModelFamily.SEASONAL_NAIVE));

    public Candidates {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new InvalidSpecException("candidates", "must name at least one family");
        }
        for (ModelFamily family : families) {
            if (family == ModelFamily.AUTO || family == ModelFamily.ENSEMBLE) {
                throw new InvalidSpecException("candidates", "cannot contain " + family);
            }
        }
    }

    @JsonCreator
    public static Candidates of(String slugs) {
        List<ModelFamily> families = new ArrayList<>();
        for (String slug : slugs.split(",")) {
            if (slug.isBlank()) {
                continue;
            }
            try {
                ModelFamily family = ModelFamily.of(slug.trim());
                if (!families.contains(family)) {
                    families.add(family);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidSpecException("candidates", "has " + e.getMessage());
            }
        }
        return new Candidates(families);
    }

    @JsonValue
    @Override
    public String toString() {
        return families.stream().map(ModelFamily::slug).collect(Collectors.joining(","));
    }
}
