package io.loadcast.guardrail.injection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Tells which injection model is loaded: {@code injectionModel} in {@code /actuator/info} (name, version, format,
 * threshold, n-gram buckets, test metrics) and the gauge {@code loadcast.guardrail.injection.model.threshold}
 * tagged with the model's name and version, so a dashboard shows when a new model went live.
 */
@Component
class InjectionModelInfo implements InfoContributor {

    private final InjectionModel model;

    InjectionModelInfo(InjectionDetector detector, MeterRegistry registry) {
        this.model = detector.model();
        Gauge.builder("loadcast.guardrail.injection.model.threshold", model, InjectionModel::threshold)
                .description("Decision threshold of the loaded injection model, tagged with its name and version")
                .tag("model", String.valueOf(model.name()))
                .tag("version", model.versionOrDefault())
                .register(registry);
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", String.valueOf(model.name()));
        details.put("version", model.versionOrDefault());
        details.put("format", model.format());
        details.put("threshold", model.threshold());
        details.put("passageThreshold", model.passageThresholdOrDefault());
        details.put("charNgramBuckets", model.charNgramBuckets());
        details.put("lexicalFeatures", model.lexicalFeatures().size());
        details.put("test", model.metrics().getOrDefault("test", Map.of()));
        details.put("leaveOneSourceOut", model.metrics().getOrDefault("loso:pooled", Map.of()));
        builder.withDetail("injectionModel", details);
    }
}
