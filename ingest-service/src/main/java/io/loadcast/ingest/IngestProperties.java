package io.loadcast.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
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
        @Nullable Path demoData) {

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
     */
    public record Validation(
            @DecimalMin("0") @DefaultValue("1000000") double maxAbsValue,
            @NotNull @DefaultValue("PT5M") Duration maxFutureSkew,
            @DefaultValue("true") boolean autoRegisterSeries,

            @NotEmpty @DefaultValue({"MW", "kW", "GW", "W", "MWh", "kWh", "degC"})
            Set<String> units) {}

    /**
     * Kafka.
     *
     * @param partitions partitions of the topics this service creates when they are absent
     * @param retryInitial first pause before a failed batch (database or broker down) is retried; it is retried
     *     until it succeeds, because skipping it would lose readings
     * @param retryMax longest pause between retries
     * @param publishTimeout how long a batch waits for the broker to acknowledge its output records
     */
    public record Kafka(
            @Min(1) @DefaultValue("3") int partitions,
            @NotNull @DefaultValue("PT0.2S") Duration retryInitial,
            @NotNull @DefaultValue("PT10S") Duration retryMax,
            @NotNull @DefaultValue("PT30S") Duration publishTimeout) {}

    /**
     * NESO imports.
     *
     * @param outlierZ robust z-score above which a value is reported as an outlier (Iglewicz and Hoaglin: 3.5)
     * @param maxListedProblems most rejected lines, missing periods and outliers listed in a report (all are counted)
     */
    public record Imports(
            @DecimalMin("0") @DefaultValue("3.5") double outlierZ,
            @Min(1) @DefaultValue("100") int maxListedProblems) {}
}
