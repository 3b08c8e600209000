package io.loadcast.starter.openapi;

import io.loadcast.starter.security.ApiKeyFilter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

    @Bean
    OpenApiCustomizer writesNeedApiKey() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().stream()
                    .flatMap(ApiKeyOpenApi::writeOperations)
                    .forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(SCHEME)));
        };
    }

    private static Stream<Operation> writeOperations(PathItem item) {
        return Stream.of(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
                .filter(op -> op != null);
    }
}
