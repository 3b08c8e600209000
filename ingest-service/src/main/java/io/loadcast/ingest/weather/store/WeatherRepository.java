package io.loadcast.ingest.weather.store;

import io.loadcast.ingest.weather.domain.WeatherResolution;
import io.loadcast.ingest.weather.domain.WeatherRow;
import io.loadcast.ingest.weather.domain.WeatherSource;
import io.loadcast.ingest.weather.domain.WeatherValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code weather_forecasts} (every issue kept) and {@code weather_actuals}. Writing the same key again
 * replaces its values (a re-pulled issue, a re-imported file), so imports and pulls are idempotent.
 */
@Repository
public class WeatherRepository {

    private static final String VALUES = "temperature, wind_speed, cloud_cover, radiation";
    private static final String UPDATE = "temperature = excluded.temperature, wind_speed = excluded.wind_speed,"
            + " cloud_cover = excluded.cloud_cover, radiation = excluded.radiation, source = excluded.source";

    private final JdbcTemplate jdbc;

    WeatherRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores one issue of a forecast: every row with {@code issuedAt}. */
    public void saveForecast(String location, Instant issuedAt, List<WeatherRow> rows, WeatherSource source) {
        jdbc.batchUpdate(
                "insert into weather_forecasts (location, valid_time, issued_at, " + VALUES + ", source)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (location, valid_time, issued_at) do update set "
                        + UPDATE,
                rows,
                1000,
                (ps, row) -> {
                    ps.setString(1, location);
                    ps.setTimestamp(2, Timestamp.from(row.validTime()));
                    ps.setTimestamp(3, Timestamp.from(issuedAt));
                    values(ps, 4, row.values());
                    ps.setString(8, source.name());
                });
    }

    public void saveActuals(String location, List<WeatherRow> rows, WeatherSource source) {
        jdbc.batchUpdate(
                "insert into weather_actuals (location, resolution, valid_time, " + VALUES + ", source)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (location, resolution, valid_time) do update set "
                        + UPDATE,
                rows,
                1000,
                (ps, row) -> {
                    ps.setString(1, location);
                    ps.setString(2, row.resolution().name());
                    ps.setTimestamp(3, Timestamp.from(row.validTime()));
                    values(ps, 4, row.values());
                    ps.setString(8, source.name());
                });
    }

    /** Per valid time in {@code [from, to)}, the row of the latest issue at or before {@code issuedBy}. */
    public List<WeatherRow> latestForecast(String location, Instant issuedBy, Instant from, Instant to) {
        return jdbc.query(
                "select distinct on (valid_time) valid_time, issued_at, " + VALUES + " from weather_forecasts"
                        + " where location = ? and issued_at <= ? and valid_time >= ? and valid_time < ?"
                        + " order by valid_time, issued_at desc",
                (rs, i) -> new WeatherRow(
                        instant(rs, "valid_time"), WeatherResolution.PT1H, instant(rs, "issued_at"), values(rs)),
                location,
                Timestamp.from(issuedBy),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Actual rows starting in {@code [from, to)}, daily and hourly, in time order. */
    public List<WeatherRow> actuals(String location, Instant from, Instant to) {
        return jdbc.query(
                "select resolution, valid_time, " + VALUES + " from weather_actuals"
                        + " where location = ? and valid_time >= ? and valid_time < ? order by valid_time, resolution",
                (rs, i) -> new WeatherRow(
                        instant(rs, "valid_time"),
                        WeatherResolution.valueOf(rs.getString("resolution")),
                        null,
                        values(rs)),
                location,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(rs.getTimestamp(column)).toInstant();
    }

    private static void values(PreparedStatement ps, int first, WeatherValues v) throws SQLException {
        set(ps, first, v.temperature());
        set(ps, first + 1, v.windSpeed());
        set(ps, first + 2, v.cloudCover());
        set(ps, first + 3, v.radiation());
    }

    private static void set(PreparedStatement ps, int index, @Nullable Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static WeatherValues values(ResultSet rs) throws SQLException {
        return new WeatherValues(
                number(rs, "temperature"),
                number(rs, "wind_speed"),
                number(rs, "cloud_cover"),
                number(rs, "radiation"));
    }

    private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
