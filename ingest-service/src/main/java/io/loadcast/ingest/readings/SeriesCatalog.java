package io.loadcast.ingest.readings;

import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.ingest.readings.store.SeriesRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** The registered series, cached: series are few and never deleted, and every reading needs its series. */
@Service
public class SeriesCatalog {

    private final SeriesRepository repository;
    private final Map<String, Series> cache = new ConcurrentHashMap<>();

    SeriesCatalog(SeriesRepository repository) {
        this.repository = repository;
    }

    public List<Series> all() {
        return repository.findAll();
    }

    public Optional<Series> find(String id) {
        Series cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Series> stored = repository.find(id);
        stored.ifPresent(series -> cache.put(id, series));
        return stored;
    }

    /** Returns the series, registering it with this metadata when it does not exist yet. */
    public Series ensure(String id, String unit, String resolution, String timeZone, boolean signed) {
        return find(id).orElseGet(() -> {
            Series series = repository.register(id, unit, resolution, timeZone, signed);
            cache.put(id, series);
            return series;
        });
    }
}
