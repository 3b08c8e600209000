package io.loadcast.guardrail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GuardrailApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuardrailApplication.class, args);
    }
}
