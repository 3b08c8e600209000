package io.loadcast.registry.mlflow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a search, with MLflow's next page token (null on the last page). */
public record Page<T>(List<T> items, @Nullable String nextPageToken) {}
