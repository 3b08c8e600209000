package io.loadcast.registry.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.registry.mlflow.SearchFilter.Clause;
import io.loadcast.registry.mlflow.SearchFilter.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchFilterTest {

    @Test
    void parsesMlflowFilterGrammar() {
        List<Clause> clauses = SearchFilter.parse(
                "metrics.mape <= 5.5 and params.`model type` = 'lstm' AND tags.\"mlflow.user\" ILIKE '%ops%'"
                        + " and attributes.status != \"FAILED\" and run_id IN ('a', 'b') and tags.mlflow.source.type"
                        + " LIKE 'JOB'");

        assertThat(clauses)
                .containsExactly(
                        new Clause(Entity.METRIC, "mape", "<=", 5.5),
                        new Clause(Entity.PARAM, "model type", "=", "lstm"),
                        new Clause(Entity.TAG, "mlflow.user", "ILIKE", "%ops%"),
                        new Clause(Entity.ATTRIBUTE, "status", "!=", "FAILED"),
                        new Clause(Entity.ATTRIBUTE, "run_id", "IN", List.of("a", "b")),
                        new Clause(Entity.TAG, "mlflow.source.type", "LIKE", "JOB"));
    }

    @Test
    void treatsBlankFilterAsNoClauses() {
        assertThat(SearchFilter.parse("  ")).isEmpty();
        assertThat(SearchFilter.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "metrics.mape",
                "metrics.mape < ",
                "params.x = 'unterminated",
                "a = 1 or b = 2",
                "metrics.x ~ 3",
                "params.x = abc"
            })
    void rejectsMalformedFiltersAsInvalidParameterValue(String filter) {
        assertThatThrownBy(() -> SearchFilter.parse(filter))
                .isInstanceOfSatisfying(
                        MlflowException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER_VALUE));
    }
}
