package io.loadcast.forecast.training;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where training runs are kept beyond the process (PostgreSQL), so a restart keeps the history. */
public interface RunHistory {

    /** Inserts or updates the run as it is now; a finished run is never changed again. */
    void save(TrainingRun run, String requestedBy);

    Optional<TrainingRun> find(String id);

    /** Newest first, optionally of one series and one status. */
    List<TrainingRun> list(@Nullable String seriesId, @Nullable TrainingStatus status, int limit);
}
