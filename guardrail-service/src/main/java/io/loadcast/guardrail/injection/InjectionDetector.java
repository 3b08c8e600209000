package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.obfuscation.Deobfuscated;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Scores texts with the trained injection model loaded at start from the configured classpath resource. */
@Component
public class InjectionDetector {

    private static final Logger log = LoggerFactory.getLogger(InjectionDetector.class);

    private final InjectionModel model;

    public InjectionDetector(GuardrailProperties properties) {
        String location = properties.injection().model();
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            this.model = InjectionModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read injection model " + location, e);
        }
        log.info(
                "Loaded injection model {} version {} from {} (threshold {}, training data {}, test metrics {})",
                model.name(),
                model.versionOrDefault(),
                location,
                model.threshold(),
                model.trainingData(),
                model.metrics().get("test"));
    }

    /** Probability in [0, 1] that a (de-obfuscated) text with this embedding is an injection. */
    public double score(Deobfuscated text, float[] embedding) {
        return model.probability(text, embedding);
    }

    /** The loaded model (for its name, version and metrics). */
    public InjectionModel model() {
        return model;
    }

    /** The threshold chosen on validation data when the model was trained. */
    public double threshold() {
        return model.threshold();
    }
}
