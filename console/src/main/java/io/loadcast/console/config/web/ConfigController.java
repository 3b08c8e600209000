package io.loadcast.console.config.web;

import io.loadcast.console.ConsoleProperties;
import io.loadcast.console.config.ConsoleConfig;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands the page the service URLs, so one static build serves every deployment. */
@RestController
class ConfigController {

    private final ConsoleConfig config;

    ConfigController(ConsoleProperties properties) {
        this.config = ConsoleConfig.from(properties);
    }

    @GetMapping("/config.json")
    ResponseEntity<ConsoleConfig> config() {
        // never cached: a redeploy with other URLs must reach open pages on their next reload
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(config);
    }
}
