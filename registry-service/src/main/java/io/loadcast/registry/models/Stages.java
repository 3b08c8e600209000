package io.loadcast.registry.models;

import io.loadcast.registry.mlflow.MlflowException;
import java.util.List;
import java.util.Locale;

/** MLflow's model version stages, matched case-insensitively and stored in MLflow's spelling. */
final class Stages {

    static final List<String> ALL = List.of("None", "Staging", "Production", "Archived");

    private Stages() {}

    static String canonical(String stage) {
        return ALL.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).equals(stage.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> MlflowException.invalid("Invalid Model Version stage: " + stage
                        + ". Value must be one of None, Staging, Production," + " Archived."));
    }
}
