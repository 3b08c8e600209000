package io.loadcast.ingest.readings.web;

/**
 * A series as the API shows it.
 *
 * @param id series id
 * @param unit unit of its values
 * @param resolution ISO-8601 duration between readings
 * @param timeZone time zone of its settlement day
 * @param signed whether negative values are legitimate
 */
record SeriesView(String id, String unit, String resolution, String timeZone, boolean signed) {}
