package io.loadcast.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of registry-service.
 *
 * @param artifactsRoot the local directory artifacts are stored in when S3 is not configured
 * @param modelEventsTopic where lifecycle events are published
 * @param outboxInterval how often the outbox relay looks for committed events to send
 * @param championAlias the alias whose moves answer "which version served when" and that promotion moves
 * @param kafka how the topic this service publishes to is created when absent
 * @param s3 the S3 bucket artifacts go to instead of the local directory, when {@code bucket} is set
 */
@Validated
@ConfigurationProperties("loadcast.registry")
public record RegistryProperties(
        @NotBlank @DefaultValue(".loadcast/artifacts") String artifactsRoot,

        @NotBlank @DefaultValue(io.loadcast.contracts.Topics.MODEL_EVENTS)
        String modelEventsTopic,

        @NotNull @DefaultValue("500ms") Duration outboxInterval,

        @NotBlank @DefaultValue("champion") String championAlias,

        @Valid @DefaultValue Kafka kafka,
        @Valid @DefaultValue S3 s3) {

    /**
     * The model-events topic, created at startup when absent (MSK does not auto-create topics).
     *
     * @param partitions partitions of a created topic
     * @param replicationFactor replicas of a created topic; -1 takes the broker's {@code default.replication.factor}
     */
    public record Kafka(
            @Min(1) @DefaultValue("1") int partitions,
            @Min(-1) @DefaultValue("-1") int replicationFactor) {}

    /**
     * S3 artifact storage (AWS SDK v2). Credentials come from the SDK's default chain unless both keys are given.
     *
     * @param bucket the bucket; artifacts stay on local disk when blank
     * @param prefix key prefix inside the bucket
     * @param endpoint endpoint override for S3-compatible servers (MinIO, s3proxy); AWS when blank
     * @param region signing region
     * @param pathStyle path-style addressing against AWS itself; always on when {@code endpoint} is set
     * @param accessKey static access key id
     * @param secretKey static secret key
     */
    public record S3(
            @Nullable String bucket,
            @DefaultValue("") String prefix,
            @Nullable String endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("false") boolean pathStyle,
            @Nullable String accessKey,
            @Nullable String secretKey) {

        public boolean enabled() {
            return bucket != null && !bucket.isBlank();
        }

        /** An S3-compatible server rather than AWS: addressed path-style, whatever {@code pathStyle} says. */
        public boolean endpointOverridden() {
            return endpoint != null && !endpoint.isBlank();
        }
    }
}
