package io.loadcast.rag.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** registry-service's canary endpoint, as the canary tool reads it. */
@HttpExchange(url = "/api/v1", accept = "application/json")
interface RegistryApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Canary(
            String modelName,
            String championVersion,
            String canaryVersion,
            double share,
            double marginPercent,
            int windowSize,
            String state,
            @Nullable Double canaryMeanError,
            @Nullable Double championMeanError) {}

    @GetExchange("/models/{name}/canary")
    Canary canary(@PathVariable String name);
}
