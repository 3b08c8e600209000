package io.loadcast.registry.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.registry.artifacts.store.LocalArtifactStore;
import io.loadcast.registry.mlflow.MlflowException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default store: artifacts as files on local disk. */
class LocalArtifactStoreTest {

    @TempDir
    Path root;

    @Test
    void storesListsReadsAndDeletesFiles() throws Exception {
        LocalArtifactStore store = new LocalArtifactStore(root);
        Path upload = Files.writeString(Files.createTempFile("upload", ".txt"), "weights");

        store.put("1/run/artifacts/model/weights.bin", upload, 7);
        store.put("1/run/artifacts/MLmodel", upload, 7);

        assertThat(store.list("1/run/artifacts"))
                .containsExactly(
                        new ArtifactStore.Entry("MLmodel", false, 7), new ArtifactStore.Entry("model", true, 0));
        try (InputStream in = store.open("1/run/artifacts/model/weights.bin").orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("weights");
        }
        assertThat(store.delete("1/run/artifacts/MLmodel")).isTrue();
        assertThat(store.open("1/run/artifacts/MLmodel")).isEmpty();
        assertThat(store.list("absent")).isEmpty();
    }

    @Test
    void refusesPathsThatLeaveTheArtifactRoot() {
        for (String path : new String[] {"../etc/passwd", "/etc/passwd", "a/../../b", "a\\b"}) {
            assertThatThrownBy(() -> ArtifactPath.normalize(path))
                    .as(path)
                    .isInstanceOfSatisfying(
                            MlflowException.class,
                            e -> assertThat(e.code().name()).isEqualTo("INVALID_PARAMETER_VALUE"));
        }
        assertThat(ArtifactPath.normalize("./a//b/")).isEqualTo("a/b");
        assertThat(ArtifactPath.ofUri("mlflow-artifacts:/3/abc/artifacts")).isEqualTo("3/abc/artifacts");
    }
}
