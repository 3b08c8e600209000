package io.loadcast.ingest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of ingest-service.
 *
 * @param topics the Kafka topics it reads and writes
 * @param consumerGroup the consumer group of the raw-readings listener; replicas share it
 */
@Validated
@ConfigurationProperties("loadcast.ingest")
public record IngestProperties(
        @Valid @DefaultValue Topics topics,
        @NotBlank @DefaultValue("ingest-service") String consumerGroup) {

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
}
