package io.loadcast.forecast.drift.web;

import io.loadcast.forecast.drift.DriftMonitor;
import io.loadcast.forecast.drift.DriftReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DriftController {

    private final DriftMonitor drift;

    DriftController(DriftMonitor drift) {
        this.drift = drift;
    }

    @GetMapping("/api/v1/drift/{seriesId}")
    DriftReport drift(@PathVariable String seriesId) {
        return drift.report(seriesId);
    }
}
