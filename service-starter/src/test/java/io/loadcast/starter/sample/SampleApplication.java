package io.loadcast.starter.sample;

import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.security.ApiCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service that uses the starter the way the real services do. */
@SpringBootApplication
public class SampleApplication {

    public record SampleReading(
            @NotBlank String seriesId, @PositiveOrZero double value) {}

    public record Batch(@Valid List<SampleReading> readings) {}

    public record Accepted(int count, String caller) {}

    @RestController
    static class SampleController {

        @GetMapping("/api/v1/samples")
        List<String> list() {
            return List.of("a");
        }

        @PostMapping("/api/v1/samples")
        Accepted write(@Valid @RequestBody Batch batch, HttpServletRequest request) {
            return new Accepted(
                    batch.readings().size(),
                    ApiCaller.of(request).map(ApiCaller::name).orElse("anonymous"));
        }

        @PostMapping("/api/v1/samples/search")
        List<String> search() {
            return List.of("found");
        }

        @PostMapping("/api/v1/samples/conflict")
        void conflict() {
            throw new LoadcastProblemException(HttpStatus.CONFLICT, "sample-exists", "Sample exists", "already there")
                    .with("field", "seriesId");
        }

        @GetMapping("/api/v1/samples/broken")
        void broken() {
            throw new IllegalStateException("secret internals");
        }
    }
}
