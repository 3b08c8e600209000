package io.loadcast.forecast.core.artifact;

import io.loadcast.forecast.core.evaluation.ConformalIntervals;
import io.loadcast.forecast.core.model.ForecastModel;
import io.loadcast.forecast.core.model.ModelCodec;
import io.loadcast.forecast.core.model.UnreadableModelException;
import io.loadcast.forecast.core.model.ZipEntries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * What is uploaded to the registry and served: the model ({@link ModelCodec}) and the conformal intervals
 * calibrated on its backtest, zipped as {@code model.zip} and {@code intervals.json}.
 */
public record ModelArtifact(ForecastModel model, ConformalIntervals intervals) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public byte[] toBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("model.zip"));
                zip.write(ModelCodec.write(model));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("intervals.json"));
                zip.write(JSON.writeValueAsBytes(intervals));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an artifact; throws {@link UnreadableModelException} with the reason when it cannot. */
    public static ModelArtifact fromBytes(byte[] bytes) {
        return fromBytes(bytes, ZipEntries.DEFAULT_MAX_ENTRY_BYTES);
    }

    /** Reads an artifact whose zip entries (and the model's own) inflate to at most {@code maxEntryBytes} each. */
    public static ModelArtifact fromBytes(byte[] bytes, long maxEntryBytes) {
        byte[] model = null;
        byte[] intervals = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("model.zip")) {
                    model = ZipEntries.read(zip, "model.zip", maxEntryBytes);
                } else if (e.getName().equals("intervals.json")) {
                    intervals = ZipEntries.read(zip, "intervals.json", maxEntryBytes);
                }
            }
        } catch (IOException e) {
            throw new UnreadableModelException("not a model artifact: " + e.getMessage(), e);
        }
        if (model == null || intervals == null) {
            throw new UnreadableModelException("artifact lacks model.zip or intervals.json", null);
        }
        try {
            return new ModelArtifact(
                    ModelCodec.read(model, maxEntryBytes), JSON.readValue(intervals, ConformalIntervals.class));
        } catch (UnreadableModelException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableModelException("artifact intervals are corrupt: " + e.getMessage(), e);
        }
    }
}
