package io.loadcast.ingest.readings.domain;

/**
 * A series and the metadata needed to read its values.
 *
 * @param id stable id, e.g. {@code GB-ND}
 * @param key compact storage key
 * @param unit unit of every value, e.g. {@code MW}
 * @param resolution ISO-8601 duration between readings, e.g. {@code PT30M}
 * @param timeZone time zone of its settlement day, e.g. {@code Europe/London}
 * @param signed whether negative values are legitimate (interconnector flows)
 */
public record Series(String id, int key, String unit, String resolution, String timeZone, boolean signed) {}
