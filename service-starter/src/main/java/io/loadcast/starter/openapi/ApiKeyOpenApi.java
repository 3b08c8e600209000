package io.loadcast.starter.openapi;

import io.loadcast.starter.security.ApiKeyFilter;
import io.loadcast.starter.security.ApiKeyProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Describes the API key scheme in OpenAPI, so that Swagger UI's "Authorize" sends it on writes. */
@Configuration(proxyBeanMethods = false)
public class ApiKeyOpenApi {

    private static final String SCHEME = "apiKey";

    @Bean
    @ConditionalOnMissingBean
    OpenAPI loadcastOpenApi(@Value("${spring.application.name:loadcast}") String application) {
        return new OpenAPI()
                .info(new Info().title("loadcast " + application).version("v1"))
                .components(new Components()
                        .addSecuritySchemes(
                                SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(ApiKeyFilter.HEADER)));
    }

    /** Writes need the key, except POSTs on {@code loadcast.security.open-paths}, which the key filter lets by. */
    @Bean
    OpenApiCustomizer writesNeedApiKey(ApiKeyProperties properties) {
        List<PathPattern> open = properties.openPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> writeOperations(item, isOpen(open, path))
                            .forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(SCHEME))));
        };
    }

    private static boolean isOpen(List<PathPattern> open, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return open.stream().anyMatch(p -> p.matches(container));
    }

    private static Stream<Operation> writeOperations(PathItem item, boolean openPost) {
        return Stream.of(openPost ? null : item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
                .filter(op -> op != null);
    }
}
