package io.loadcast.console.config;

import io.loadcast.console.ConsoleProperties;
import java.net.URI;

/**
 * The page's view of the suite, served as {@code /config.json}.
 *
 * @param services base URL and Swagger UI of each service
 * @param refreshSeconds how often panels refresh
 */
public record ConsoleConfig(Services services, int refreshSeconds) {

    /** One entry per service, named so that the page can address them without a map. */
    public record Services(
            ServiceLink ingest, ServiceLink forecast, ServiceLink rag, ServiceLink guardrail, ServiceLink registry) {}

    /**
     * A service as the browser reaches it.
     *
     * @param name the module name, shown to the operator
     * @param url base URL without a trailing slash
     * @param swaggerUi the service's Swagger UI
     */
    public record ServiceLink(String name, String url, String swaggerUi) {

        static ServiceLink of(String name, URI base) {
            String url = base.toString().replaceAll("/+$", "");
            return new ServiceLink(name, url, url + "/swagger-ui.html");
        }
    }

    public static ConsoleConfig from(ConsoleProperties properties) {
        return new ConsoleConfig(
                new Services(
                        ServiceLink.of("ingest-service", properties.ingestUrl()),
                        ServiceLink.of("forecast-service", properties.forecastUrl()),
                        ServiceLink.of("rag-service", properties.ragUrl()),
                        ServiceLink.of("guardrail-service", properties.guardrailUrl()),
                        ServiceLink.of("registry-service", properties.registryUrl())),
                properties.refreshSeconds());
    }
}
