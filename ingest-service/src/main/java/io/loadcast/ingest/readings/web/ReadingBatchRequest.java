package io.loadcast.ingest.readings.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A batch of readings: {@code {"readings": [{"seriesId", "timestamp", "value", "unit", "source"?}]}}. Rows are read
 * one by one so that a bad row is reported by its index instead of failing the batch.
 *
 * @param readings the rows
 */
record ReadingBatchRequest(@NotEmpty List<JsonNode> readings) {}
