package io.loadcast.stack.catalog;

import io.loadcast.stack.s3.S3Credentials;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The environment every service process gets, as a table: a later feature that needs a setting adds a row
 * here. A row whose value is empty (S3 without {@code --s3}) is left out.
 */
public final class ServiceEnvironment {

    /** What the rows are computed from. */
    public record Values(StackLayout layout, String apiKey, Optional<S3Credentials> s3) {}

    private record Row(String name, BiFunction<ServiceSpec, Values, Optional<String>> value) {}

    private static final List<Row> ROWS = List.of(
            new Row("SERVER_PORT", (service, values) -> Optional.of(Integer.toString(service.port()))),
            new Row(
                    "SPRING_DATASOURCE_URL",
                    (service, values) -> Optional.of(
                            "jdbc:postgresql://localhost:" + StackPorts.POSTGRES + "/" + service.database())),
            new Row("SPRING_DATASOURCE_USERNAME", (service, values) -> Optional.of("postgres")),
            // zonky's initdb trusts loopback connections; the password only satisfies the driver
            new Row("SPRING_DATASOURCE_PASSWORD", (service, values) -> Optional.of("postgres")),
            new Row(
                    "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                    (service, values) -> Optional.of("localhost:" + StackPorts.KAFKA)),
            new Row("LOADCAST_API_KEY", (service, values) -> Optional.of(values.apiKey())),
            new Row(
                    "LOADCAST_HOME",
                    (service, values) -> Optional.of(values.layout().home().toString())),
            new Row(
                    "LOADCAST_ARTIFACTS_ROOT",
                    (service, values) -> Optional.of(values.layout().artifacts().toString())),
            new Row(
                    "LOADCAST_S3_ENDPOINT",
                    (service, values) -> values.s3().map(s3 -> "http://localhost:" + StackPorts.S3)),
            new Row("LOADCAST_S3_BUCKET", (service, values) -> values.s3().map(s3 -> StackPorts.S3_BUCKET)),
            new Row("AWS_ACCESS_KEY_ID", (service, values) -> values.s3().map(S3Credentials::accessKeyId)),
            new Row("AWS_SECRET_ACCESS_KEY", (service, values) -> values.s3().map(S3Credentials::secretAccessKey)),
            new Row("AWS_REGION", (service, values) -> values.s3().map(s3 -> "us-east-1")));

    private ServiceEnvironment() {}

    public static Map<String, String> of(ServiceSpec service, Values values) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Row row : ROWS) {
            row.value().apply(service, values).ifPresent(value -> environment.put(row.name(), value));
        }
        environment.putAll(service.extraEnvironment());
        return environment;
    }
}
