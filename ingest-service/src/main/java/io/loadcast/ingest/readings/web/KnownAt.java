package io.loadcast.ingest.readings.web;

import io.loadcast.ingest.readings.domain.LateReadings;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The bitemporal part of a readings query: {@code knownAt} (an ISO-8601 instant; absent = now, the current values) and
 * {@code late} (what to do with readings first stored after it). Bad values are 400 problems naming the parameter.
 */
record KnownAt(@Nullable Instant instant, LateReadings late) {

    static KnownAt parse(@Nullable String knownAt, @Nullable String late, Instant earliest, Instant latest) {
        LateReadings mode = late == null
                ? LateReadings.EXCLUDE
                : LateReadings.parse(late)
                        .orElseThrow(() -> invalid("late", "late is exclude or include, not '" + late + "'"));
        if (knownAt == null) {
            if (late != null) {
                throw invalid("late", "late applies only with knownAt");
            }
            return new KnownAt(null, mode);
        }
        Instant instant;
        try {
            instant = Instant.parse(knownAt);
        } catch (DateTimeParseException e) {
            throw invalid(
                    "knownAt", "knownAt is an ISO-8601 instant such as 2024-12-30T22:30:00Z, not '" + knownAt + "'");
        }
        if (instant.isBefore(earliest) || instant.isAfter(latest)) {
            throw invalid("knownAt", "knownAt " + instant + " is outside [" + earliest + ", " + latest + "]");
        }
        return new KnownAt(instant, mode);
    }

    private static LoadcastProblemException invalid(String field, String detail) {
        return new LoadcastProblemException(ProblemType.INVALID_PARAMETER_VALUE, detail).with("field", field);
    }
}
