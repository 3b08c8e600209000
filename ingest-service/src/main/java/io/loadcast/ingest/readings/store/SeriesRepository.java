package io.loadcast.ingest.readings.store;

import io.loadcast.ingest.readings.domain.Series;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The series table. */
@Repository
public class SeriesRepository {

    private static final RowMapper<Series> SERIES = (rs, i) -> new Series(
            rs.getString("id"),
            rs.getInt("key"),
            rs.getString("unit"),
            rs.getString("resolution"),
            rs.getString("time_zone"),
            rs.getBoolean("signed"));

    private final JdbcTemplate jdbc;

    SeriesRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Series> findAll() {
        return jdbc.query("select * from series order by id", SERIES);
    }

    public Optional<Series> find(String id) {
        return jdbc.query("select * from series where id = ?", SERIES, id).stream()
                .findFirst();
    }

    /** Registers the series unless it exists (another replica may register it at the same time) and returns it. */
    public Series register(String id, String unit, String resolution, String timeZone, boolean signed) {
        jdbc.update(
                "insert into series (id, unit, resolution, time_zone, signed) values (?, ?, ?, ?, ?)"
                        + " on conflict (id) do nothing",
                id,
                unit,
                resolution,
                timeZone,
                signed);
        return find(id).orElseThrow();
    }
}
