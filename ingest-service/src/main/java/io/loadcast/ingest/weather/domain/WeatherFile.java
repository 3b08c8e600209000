package io.loadcast.ingest.weather.domain;

import java.util.List;

/**
 * A weather file as read: its rows and the lines that could not be read.
 *
 * @param source which of the known layouts it has
 * @param resolution hourly or daily rows
 * @param rowsRead data lines read
 * @param rows the readable rows (as actuals)
 * @param rejected the unreadable lines (at most the first 100), with their line number and reason
 * @param rejectedCount every unreadable line
 */
public record WeatherFile(
        WeatherSource source,
        WeatherResolution resolution,
        long rowsRead,
        List<WeatherRow> rows,
        List<RejectedLine> rejected,
        long rejectedCount) {

    /**
     * A line not imported.
     *
     * @param line 1-based line number (the header is line 1)
     * @param column the column at fault
     * @param detail why
     */
    public record RejectedLine(long line, String column, String detail) {}
}
