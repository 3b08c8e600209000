package io.loadcast.ingest.weather.web;

import io.loadcast.ingest.weather.domain.WeatherFile;
import io.loadcast.ingest.weather.domain.WeatherResolution;
import io.loadcast.ingest.weather.domain.WeatherSource;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a weather file import stored: rows read, stored and rejected (with line numbers), and the span. */
record WeatherImportReport(
        String location,
        WeatherSource source,
        WeatherResolution resolution,
        long rowsRead,
        long rowsStored,
        long rowsRejected,
        List<WeatherFile.RejectedLine> rejected,
        @Nullable Instant from,
        @Nullable Instant to) {

    static WeatherImportReport of(String location, WeatherFile file) {
        var rows = file.rows();
        return new WeatherImportReport(
                location,
                file.source(),
                file.resolution(),
                file.rowsRead(),
                rows.size(),
                file.rejectedCount(),
                file.rejected(),
                rows.isEmpty() ? null : rows.get(0).validTime(),
                rows.isEmpty() ? null : rows.get(rows.size() - 1).validTime());
    }
}
