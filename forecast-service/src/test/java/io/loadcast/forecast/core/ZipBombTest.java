package io.loadcast.forecast.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.forecast.core.artifact.ModelArtifact;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.UnreadableModelException;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Issue 15: a small artifact whose entries inflate past the limit is refused, not read into the heap. */
class ZipBombTest {

    @Test
    void refusesAnArtifactWhoseModelEntryInflatesPastTheLimit() throws Exception {
        byte[] bomb = zip("model.zip", 4 * 1024 * 1024);

        assertThatThrownBy(() -> ModelArtifact.fromBytes(bomb, 1024 * 1024))
                .isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void refusesAModelWhoseParametersInflatePastTheLimit() throws Exception {
        byte[] bomb = zip("parameters.bin", 4 * 1024 * 1024);

        assertThatThrownBy(() -> ModelCodec.read(bomb, 1024 * 1024))
                .isInstanceOf(UnreadableModelException.class)
                .hasMessageContaining("limit");
    }

    private static byte[] zip(String entry, int zeros) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(new byte[zeros]);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
