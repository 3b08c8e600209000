package io.loadcast.forecast.series;

import io.loadcast.forecast.core.data.HalfHourlySeries;
import java.util.List;

/**
 * A dataset snapshot: its id, its content hash as ingest-service computed it, and its series.
 *
 * @param id the snapshot id
 * @param contentHash the snapshot's hash (empty when ingest gave none)
 * @param series the series in it
 */
public record Dataset(String id, String contentHash, List<HalfHourlySeries> series) {}
