package io.loadcast.registry.tracking;

import static io.loadcast.registry.MlflowTestClient.mlflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.registry.MlflowTestClient;
import io.loadcast.registry.RegistryIntegrationTest;
import io.loadcast.registry.RegistryTestEnvironment;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mlflow.api.proto.Service.Experiment;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunInfo;
import org.mlflow.api.proto.Service.RunStatus;
import org.mlflow.api.proto.Service.RunTag;
import org.mlflow.api.proto.Service.ViewType;
import org.mlflow.tracking.ExperimentsPage;
import org.mlflow.tracking.MlflowClient;
import org.mlflow.tracking.MlflowHttpException;
import org.mlflow.tracking.RunsPage;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The official MLflow Java client (org.mlflow:mlflow-client 2.17.2) against the registry's tracking API. */
@RegistryIntegrationTest
class MlflowTrackingClientTest {

    @LocalServerPort
    int port;

    MlflowClient client;

    @BeforeEach
    void connect() {
        client = mlflow(port, RegistryTestEnvironment.EDIT_KEY);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void createsReadsRenamesDeletesAndRestoresExperiments() {
        String name = unique("demand");
        String id = client.createExperiment(name);
        client.setExperimentTag(id, "team", "grid");

        Experiment experiment = client.getExperiment(id);
        assertThat(experiment.getName()).isEqualTo(name);
        assertThat(experiment.getLifecycleStage()).isEqualTo("active");
        assertThat(experiment.getArtifactLocation()).isEqualTo("mlflow-artifacts:/" + id);
        assertThat(experiment.getTagsList()).anySatisfy(t -> {
            assertThat(t.getKey()).isEqualTo("team");
            assertThat(t.getValue()).isEqualTo("grid");
        });
        assertThat(client.getExperimentByName(name))
                .hasValueSatisfying(e -> assertThat(e.getExperimentId()).isEqualTo(id));
        assertThat(client.getExperimentByName(unique("absent"))).isEmpty();

        client.renameExperiment(id, name + "-renamed");
        assertThat(client.getExperiment(id).getName()).isEqualTo(name + "-renamed");

        // deleting and restoring need MANAGE, which the creating EDIT key does not gain by creating (issue 15)
        MlflowClient manager = mlflow(port, RegistryTestEnvironment.MANAGE_KEY);
        manager.deleteExperiment(id);
        assertThat(client.getExperiment(id).getLifecycleStage()).isEqualTo("deleted");
        manager.restoreExperiment(id);
        assertThat(client.getExperiment(id).getLifecycleStage()).isEqualTo("active");
    }

    @Test
    void refusesDuplicateExperimentNameWithResourceAlreadyExists() {
        String name = unique("dup");
        client.createExperiment(name);

        assertThatThrownBy(() -> client.createExperiment(name)).isInstanceOfSatisfying(MlflowHttpException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getBodyMessage()).contains("RESOURCE_ALREADY_EXISTS");
        });
    }

    @Test
    void searchesExperimentsByNamePattern() {
        String prefix = unique("search");
        client.createExperiment(prefix + "-a");
        client.createExperiment(prefix + "-b");

        ExperimentsPage page =
                client.searchExperiments("name LIKE '" + prefix + "%'", ViewType.ACTIVE_ONLY, 10, List.of("name ASC"));

        assertThat(page.getItems()).extracting(Experiment::getName).containsExactly(prefix + "-a", prefix + "-b");
    }

    @Test
    void logsParamsMetricsTagsAndTerminatesRun() {
        String experimentId = client.createExperiment(unique("runs"));
        RunInfo created = client.createRun(experimentId);
        String runId = created.getRunId();
        assertThat(created.getStatus()).isEqualTo(RunStatus.RUNNING);
        assertThat(created.getArtifactUri())
                .isEqualTo("mlflow-artifacts:/" + experimentId + "/" + runId + "/artifacts");

        client.logParam(runId, "learning_rate", "0.01");
        client.logMetric(runId, "mape", 7.5, 1_000L, 0);
        client.logMetric(runId, "mape", 5.25, 2_000L, 1);
        client.setTag(runId, "loadcast.dataset_hash", "sha256:abc");
        client.setTag(runId, "scratch", "x");
        client.deleteTag(runId, "scratch");
        client.setTerminated(runId, RunStatus.FINISHED, 5_000L);

        Run run = client.getRun(runId);
        assertThat(run.getInfo().getStatus()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.getInfo().getEndTime()).isEqualTo(5_000L);
        assertThat(run.getData().getParamsList())
                .extracting(Param::getKey, Param::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("learning_rate", "0.01"));
        assertThat(run.getData().getMetricsList()).singleElement().satisfies(m -> {
            assertThat(m.getKey()).isEqualTo("mape");
            assertThat(m.getValue()).isEqualTo(5.25);
            assertThat(m.getStep()).isEqualTo(1);
        });
        assertThat(run.getData().getTagsList())
                .extracting(RunTag::getKey)
                .contains("loadcast.dataset_hash")
                .doesNotContain("scratch");
        assertThat(client.getMetricHistory(runId, "mape"))
                .extracting(Metric::getValue)
                .containsExactly(7.5, 5.25);
    }

    @Test
    void logsBatchOfMetricsParamsAndTags() {
        String runId =
                client.createRun(client.createExperiment(unique("batch"))).getRunId();
        List<Metric> metrics = new ArrayList<>();
        for (int step = 0; step < 500; step++) {
            metrics.add(Metric.newBuilder()
                    .setKey("loss")
                    .setValue(1.0 / (step + 1))
                    .setTimestamp(10_000L + step)
                    .setStep(step)
                    .build());
        }

        client.logBatch(
                runId,
                metrics,
                List.of(Param.newBuilder().setKey("epochs").setValue("500").build()),
                List.of(RunTag.newBuilder()
                        .setKey("mlflow.source.git.commit")
                        .setValue("abc123")
                        .build()));

        Run run = client.getRun(runId);
        assertThat(client.getMetricHistory(runId, "loss")).hasSize(500);
        assertThat(run.getData().getMetricsList())
                .singleElement()
                .satisfies(m -> assertThat(m.getStep()).isEqualTo(499));
        assertThat(run.getData().getParamsList()).extracting(Param::getValue).containsExactly("500");
    }

    @Test
    void refusesToChangeALoggedParam() {
        String runId =
                client.createRun(client.createExperiment(unique("param"))).getRunId();
        client.logParam(runId, "layers", "2");
        client.logParam(runId, "layers", "2");

        assertThatThrownBy(() -> client.logParam(runId, "layers", "3"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getBodyMessage()).contains("INVALID_PARAMETER_VALUE");
                });
    }

    @Test
    void searchesRunsWithMetricParamTagAndAttributeFiltersOrderAndPages() {
        String experimentId = client.createExperiment(unique("filter"));
        for (int i = 0; i < 6; i++) {
            String runId = client.createRun(experimentId).getRunId();
            client.logMetric(runId, "mape", i);
            client.logParam(runId, "model", i % 2 == 0 ? "lstm" : "mlp");
            client.setTag(runId, "series", "GB-ND");
            if (i < 5) {
                client.setTerminated(runId, RunStatus.FINISHED);
            }
        }
        List<String> experiments = List.of(experimentId);

        List<RunInfo> lstm = client.searchRuns(experiments, "params.model = 'lstm' and metrics.mape >= 2");
        assertThat(lstm).hasSize(2);

        RunsPage ordered = client.searchRuns(
                experiments,
                "tags.series LIKE 'GB-%' AND attributes.status = 'FINISHED'",
                ViewType.ACTIVE_ONLY,
                2,
                List.of("metrics.mape DESC"));
        assertThat(ordered.getItems()).hasSize(2);
        assertThat(ordered.hasNextPage()).isTrue();
        List<Double> mapes = new ArrayList<>();
        RunsPage page = ordered;
        while (true) {
            page.getItems().forEach(r -> mapes.add(r.getData().getMetrics(0).getValue()));
            if (!page.hasNextPage()) {
                break;
            }
            page = (RunsPage) page.getNextPage();
        }
        assertThat(mapes).containsExactly(4.0, 3.0, 2.0, 1.0, 0.0);
        assertThat(client.searchRuns(experiments, "params.model ILIKE 'MLP'")).hasSize(3);
        assertThat(client.searchRuns(experiments, "metrics.mape != 0 and params.model != 'mlp'"))
                .hasSize(2);
    }

    @Test
    void deniesRunWritesToAKeyGrantedOnlyReadOnTheExperiment() throws Exception {
        String experimentId = mlflow(port, RegistryTestEnvironment.MANAGE_KEY).createExperiment(unique("guarded"));
        String runId = client.createRun(experimentId).getRunId();
        HttpResponse<String> grant = MlflowTestClient.send(
                port,
                "PUT",
                "/api/v1/permissions",
                RegistryTestEnvironment.MANAGE_KEY,
                "{\"resourceType\": \"experiment\", \"resourceId\": \"" + experimentId
                        + "\", \"keyName\": \"editor\", \"permission\": \"READ\"}");
        assertThat(grant.statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> client.logMetric(runId, "mape", 1.0))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(403);
                    assertThat(e.getBodyMessage()).contains("PERMISSION_DENIED");
                });
        assertThat(client.getRun(runId).getData().getMetricsList()).isEmpty();
    }

    @Test
    void answersMissingRunWithResourceDoesNotExist() {
        assertThatThrownBy(() -> client.getRun("0123456789abcdef0123456789abcdef"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getBodyMessage()).contains("RESOURCE_DOES_NOT_EXIST");
                });
    }

    @Test
    void rejectsMalformedFilterWithInvalidParameterValue() {
        String experimentId = client.createExperiment(unique("bad-filter"));

        assertThatThrownBy(() -> client.searchRuns(List.of(experimentId), "metrics.mape LIKE 'x'"))
                .isInstanceOfSatisfying(MlflowHttpException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getBodyMessage()).contains("INVALID_PARAMETER_VALUE");
                });
    }
}
