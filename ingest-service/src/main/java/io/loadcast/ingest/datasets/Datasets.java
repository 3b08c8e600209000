package io.loadcast.ingest.datasets;

import io.loadcast.ingest.datasets.domain.CanonicalContent;
import io.loadcast.ingest.datasets.domain.Dataset;
import io.loadcast.ingest.datasets.domain.SeriesSummary;
import io.loadcast.ingest.datasets.store.DatasetRepository;
import io.loadcast.ingest.readings.ReadingQueries;
import io.loadcast.ingest.readings.SeriesCatalog;
import io.loadcast.ingest.readings.domain.Series;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Service;

/** Freezes series ranges as immutable datasets whose content is stored and hashed once. */
@Service
public class Datasets {

    private final SeriesCatalog catalog;
    private final ReadingQueries queries;
    private final DatasetRepository repository;
    private final Clock clock;

    Datasets(SeriesCatalog catalog, ReadingQueries queries, DatasetRepository repository, Clock clock) {
        this.catalog = catalog;
        this.queries = queries;
        this.repository = repository;
        this.clock = clock;
    }

    /** Freezes the readings of the series with {@code from <= timestamp < to} as they are now. */
    public Dataset create(List<String> seriesIds, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new LoadcastProblemException(ProblemType.INVALID_RANGE, "from must be before to")
                    .with("field", "from");
        }
        List<String> ids = seriesIds.stream().distinct().sorted().toList();
        Map<String, Series> series = new HashMap<>();
        for (String id : ids) {
            series.put(
                    id,
                    catalog.find(id)
                            .orElseThrow(
                                    () -> new LoadcastProblemException(ProblemType.SERIES_NOT_FOUND, "no series " + id)
                                            .with("field", "seriesIds")
                                            .with("seriesId", id)));
        }
        CanonicalContent content = new CanonicalContent();
        Map<String, Stats> stats = new HashMap<>();
        queries.readings(ids, from, to, (seriesId, timestamp, value, revision) -> {
            content.add(seriesId, timestamp, value);
            stats.computeIfAbsent(seriesId, id -> new Stats()).add(timestamp, value);
        });
        byte[] gzip = content.finish();
        if (content.rows() == 0) {
            throw new LoadcastProblemException(
                    ProblemType.EMPTY_DATASET, "no readings of " + ids + " between " + from + " and " + to);
        }
        List<SeriesSummary> summaries = new ArrayList<>();
        for (String id : ids) {
            Series s = Objects.requireNonNull(series.get(id), id); // every id was looked up above
            long expected = Duration.between(from, to).toSeconds()
                    / Duration.parse(s.resolution()).toSeconds();
            summaries.add(stats.getOrDefault(id, new Stats()).summary(s, expected));
        }
        Dataset dataset = new Dataset(
                UUID.randomUUID(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                ids,
                from,
                to,
                content.sha256(),
                content.rows(),
                summaries);
        repository.insert(dataset, gzip);
        return dataset;
    }

    public Optional<Dataset> find(UUID id) {
        return repository.find(id);
    }

    /** The canonical content, byte for byte as frozen. */
    public Optional<InputStream> content(UUID id) {
        return repository.contentGzip(id).map(gzip -> {
            try {
                return new GZIPInputStream(new ByteArrayInputStream(gzip));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static final class Stats {
        private long count;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;
        private double sum;
        private @org.jspecify.annotations.Nullable Instant first;
        private @org.jspecify.annotations.Nullable Instant last;

        void add(Instant timestamp, double value) {
            if (first == null) {
                first = timestamp;
            }
            last = timestamp;
            count++;
            sum += value;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }

        SeriesSummary summary(Series series, long expected) {
            return new SeriesSummary(
                    series.id(),
                    series.unit(),
                    count,
                    expected,
                    Math.max(0, expected - count),
                    first,
                    last,
                    count == 0 ? 0 : min,
                    count == 0 ? 0 : max,
                    count == 0 ? 0 : sum / count);
        }
    }
}
