package io.loadcast.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of ingest-service.
 *
 * @param topics the Kafka topics it reads and writes
 * @param consumerGroup the consumer group of the raw-readings listener; replicas share it
 * @param validation plausibility rules for readings from devices and the REST API
 * @param kafka topic layout and retry of the raw-readings listener
 * @param imports NESO file imports
 * @param maxBatchSize most readings accepted by one {@code POST /api/v1/readings}
 * @param demoData a folder of NESO files imported at startup (idempotent by content hash); unset = none
 * @param demoWeather a folder of weather files imported at startup as actuals of {@code LONDON} (upserts, so
 *     idempotent); unset = none
 * @param connectors scheduled pulls from public data APIs, each off until its base URL is set
 * @param limits request size
 */
@Validated
@ConfigurationProperties("loadcast.ingest")
public record IngestProperties(
        @Valid @DefaultValue Topics topics,
        @NotBlank @DefaultValue("ingest-service") String consumerGroup,
        @Valid @DefaultValue Validation validation,
        @Valid @DefaultValue Kafka kafka,
        @Valid @DefaultValue Imports imports,
        @Min(1) @DefaultValue("10000") int maxBatchSize,
        @Nullable Path demoData,
        @Nullable Path demoWeather,
        @Valid @DefaultValue Connectors connectors,
        @Valid @DefaultValue Limits limits) {

    /** These settings with another demo-data folder. */
    public IngestProperties withDemoData(@Nullable Path folder) {
        return new IngestProperties(
                topics,
                consumerGroup,
                validation,
                kafka,
                imports,
                maxBatchSize,
                folder,
                demoWeather,
                connectors,
                limits);
    }

    /** These settings with another demo-weather folder. */
    public IngestProperties withDemoWeather(@Nullable Path folder) {
        return new IngestProperties(
                topics, consumerGroup, validation, kafka, imports, maxBatchSize, demoData, folder, connectors, limits);
    }

    /** These settings with other connectors. */
    public IngestProperties withConnectors(Connectors other) {
        return new IngestProperties(
                topics, consumerGroup, validation, kafka, imports, maxBatchSize, demoData, demoWeather, other, limits);
    }

    /**
     * What one request and one caller may cost.
     *
     * @param maxRequestBytes largest declared body of a write that is not a multipart upload (413 problem beyond);
     *     per-caller rates are the starter's {@code loadcast.rate-limit}
     */
    public record Limits(@Min(1024) @DefaultValue("8388608") long maxRequestBytes) {}

    /**
     * Topic names.
     *
     * @param raw raw readings from devices
     * @param readings validated readings
     * @param deadLetter rejected records with their reasons
     */
    public record Topics(
            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.READINGS_RAW)
            String raw,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.READINGS)
            String readings,

            @NotBlank @DefaultValue(io.loadcast.contracts.Topics.READINGS_DLQ)
            String deadLetter) {}

    /**
     * Plausibility rules.
     *
     * @param maxAbsValue a value whose magnitude exceeds this (in the series unit) is absurd
     * @param maxFutureSkew how far past the server clock a measurement time may be (device clock drift)
     * @param autoRegisterSeries an unknown series id is registered on its first valid reading with the reading's
     *     unit; when false it is rejected as {@code UNKNOWN_SERIES}
     * @param units units a reading may carry
     * @param earliest the earliest measurement time accepted (PostgreSQL stores nothing before 4713 BC; readings of
     *     this domain start long after 1900)
     * @param latest the latest measurement time accepted by range (the future-skew rule is usually stricter)
     */
    public record Validation(
            @DecimalMin("0") @DefaultValue("1000000") double maxAbsValue,
            @NotNull @DefaultValue("PT5M") Duration maxFutureSkew,
            @DefaultValue("true") boolean autoRegisterSeries,

            @NotEmpty @DefaultValue({"MW", "kW", "GW", "W", "MWh", "kWh", "degC"})
            Set<String> units,

            @NotNull @DefaultValue("1900-01-01T00:00:00Z") Instant earliest,
            @NotNull @DefaultValue("2200-01-01T00:00:00Z") Instant latest) {

        /** Whether an instant lies in {@code [earliest, latest)}. */
        public boolean inRange(Instant instant) {
            return !instant.isBefore(earliest) && instant.isBefore(latest);
        }
    }

    /**
     * Kafka.
     *
     * @param partitions partitions of the topics this service creates when they are absent
     * @param retryInitial first pause before a failed batch (database or broker down) is retried; it is retried
     *     until it succeeds, because skipping it would lose readings
     * @param retryMax longest pause between retries
     * @param publishTimeout how long a batch waits for the broker to acknowledge its output records
     * @param giveUpAfter how long a failing batch is retried before its records are dead-lettered (long enough to
     *     ride out a database or broker restart)
     * @param stallAfter how long a partition may keep failing before readiness reports DOWN
     * @param maxRecordBytes larger raw records are not parsed: they go to the dead-letter topic as
     *     {@code RECORD_TOO_LARGE}
     * @param deadLetterPayloadBytes most original bytes kept in a dead-letter record (the rest is cut, flagged, and
     *     the original length and sha256 kept), so a dead-letter record always fits the producer's request size
     */
    public record Kafka(
            @Min(1) @DefaultValue("3") int partitions,
            @NotNull @DefaultValue("PT0.2S") Duration retryInitial,
            @NotNull @DefaultValue("PT10S") Duration retryMax,
            @NotNull @DefaultValue("PT30S") Duration publishTimeout,
            @NotNull @DefaultValue("PT10M") Duration giveUpAfter,
            @NotNull @DefaultValue("PT1M") Duration stallAfter,
            @Min(256) @Max(524288) @DefaultValue("65536") int maxRecordBytes,
            @Min(0) @Max(262144) @DefaultValue("16384") int deadLetterPayloadBytes) {}

    /**
     * NESO imports.
     *
     * @param outlierZ robust z-score above which a value is reported as an outlier (Iglewicz and Hoaglin: 3.5)
     * @param maxListedProblems most rejected lines, missing periods and outliers listed in a report (all are counted)
     */
    public record Imports(
            @DecimalMin("0") @DefaultValue("3.5") double outlierZ,
            @Min(1) @DefaultValue("100") int maxListedProblems) {}

    /**
     * Scheduled pulls.
     *
     * @param neso NESO demand from the CKAN datastore API of the NESO data portal
     * @param openMeteo hourly air temperature from Open-Meteo
     */
    public record Connectors(
            @Valid @DefaultValue Neso neso,
            @Valid @DefaultValue OpenMeteo openMeteo) {}

    /**
     * The NESO demand connector: pages through {@code {baseUrl}/api/3/action/datastore_search} newest first and stores
     * the settlement periods after the latest one stored, exactly like an imported file.
     *
     * @param baseUrl e.g. {@code https://api.neso.energy}; empty = off
     * @param resourceId the datastore resource; the default is "Demand Data Update" (updated daily)
     * @param pageSize records per request
     * @param maxPages most pages read in one pull (the first pull of an empty store reads back this far)
     * @param interval pause between pulls
     */
    public record Neso(
            @DefaultValue("") String baseUrl,

            @NotBlank @DefaultValue("177f6fa4-ae49-4182-81ea-0c6b35f26ca6")
            String resourceId,

            @Min(1) @DefaultValue("1000") int pageSize,
            @Min(1) @DefaultValue("50") int maxPages,
            @NotNull @DefaultValue("PT30M") Duration interval) {

        public boolean enabled() {
            return !baseUrl.isBlank();
        }
    }

    /**
     * The Open-Meteo connector: {@code {baseUrl}/v1/forecast?hourly=temperature_2m,...&timezone=UTC&past_days=...} per
     * location into {@code WEATHER-<NAME>-TEMPERATURE} (degC, PT1H; only hours already past), and the whole answer
     * into the weather store: the hours from the pull's hour on as a forecast issued at the pull, the past ones as
     * actuals.
     *
     * @param baseUrl e.g. {@code https://api.open-meteo.com}; empty = off
     * @param locations the places whose temperature is pulled
     * @param pastDays days of past hours requested (hours after the latest stored one are kept)
     * @param interval pause between pulls
     * @param forecastDays days of forecast requested (today counts as one)
     */
    public record OpenMeteo(
            @DefaultValue("") String baseUrl,
            @DefaultValue("LONDON:51.5072:-0.1276") List<@Valid Location> locations,
            @Min(0) @Max(92) @DefaultValue("2") int pastDays,
            @NotNull @DefaultValue("PT1H") Duration interval,
            @Min(1) @Max(16) @DefaultValue("2") int forecastDays) {

        public boolean enabled() {
            return !baseUrl.isBlank();
        }
    }

    /**
     * A weather location, written {@code NAME:latitude:longitude} in configuration.
     *
     * @param name upper-case letters, digits and underscores; part of the series id
     * @param latitude WGS84 degrees
     * @param longitude WGS84 degrees
     */
    public record Location(
            @Pattern(regexp = "[A-Z0-9_]{1,40}") String name,
            @DecimalMin("-90") @DecimalMax("90") double latitude,
            @DecimalMin("-180") @DecimalMax("180") double longitude) {

        /** Parses {@code NAME:latitude:longitude}; Spring Boot converts configuration strings with it. */
        public static Location valueOf(String text) {
            String[] parts = text.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("expected NAME:latitude:longitude, got " + text);
            }
            return new Location(
                    parts[0].strip(), Double.parseDouble(parts[1].strip()), Double.parseDouble(parts[2].strip()));
        }
    }
}
