package io.loadcast.guardrail.pii.web;

import io.loadcast.guardrail.GuardrailProperties;
import io.loadcast.guardrail.TextLimits;
import io.loadcast.guardrail.pii.PiiDetector;
import io.loadcast.guardrail.pii.PiiEntity;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PiiController {

    /** @param text the text to scan */
    record DetectRequest(@NotBlank String text) {}

    /**
     * @param entities personal data found, in text order
     * @param redactedText the text with each entity replaced by its typed placeholder
     */
    record DetectResponse(List<PiiEntity> entities, String redactedText) {}

    private final PiiDetector detector;
    private final GuardrailProperties properties;

    PiiController(PiiDetector detector, GuardrailProperties properties) {
        this.detector = detector;
        this.properties = properties;
    }

    @Operation(summary = "Find personal data (spans with types and scores) in a text")
    @PostMapping("/api/v1/pii/detect")
    DetectResponse detect(@Valid @RequestBody DetectRequest body) {
        TextLimits.check("text", body.text(), properties.maxTextLength());
        List<PiiEntity> entities = detector.detect(body.text());
        return new DetectResponse(entities, PiiDetector.redact(body.text(), entities));
    }
}
