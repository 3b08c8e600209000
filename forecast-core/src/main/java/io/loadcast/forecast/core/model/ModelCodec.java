package io.loadcast.forecast.core.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The saved form of a model: a zip with {@code provenance.json} (format version, hyperparameters, seed, data
 * fingerprint, code version) and {@code parameters.bin} (the family's own format). Readers accept every
 * {@code formatVersion} up to {@link Provenance#NEWEST_READABLE_FORMAT} and ignore unknown provenance fields.
 */
public final class ModelCodec {

    private static final String PROVENANCE = "provenance.json";
    private static final String PARAMETERS = "parameters.bin";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ModelCodec() {}

    public static byte[] write(ForecastModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(PROVENANCE));
                zip.write(JSON.writeValueAsBytes(SavedSpec.SavedProvenance.of(model.provenance())));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(PARAMETERS));
                ByteArrayOutputStream parameters = new ByteArrayOutputStream();
                model.writeParameters(parameters);
                zip.write(parameters.toByteArray());
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean direct(Provenance provenance) {
        return provenance.formatVersion() >= Provenance.DIRECT_RECURRENT_FORMAT;
    }

    private static ForecastModel direct(Provenance provenance, InputStream in) throws IOException {
        return provenance.formatVersion() == Provenance.DIRECT_MEMBERS_FORMAT
                ? DirectMembersModel.read(provenance, in)
                : DirectRecurrentModel.read(provenance, in);
    }

    /** Reads a saved model; throws {@link UnreadableModelException} with the reason when it cannot. */
    public static ForecastModel read(byte[] artifact) {
        return read(artifact, ZipEntries.DEFAULT_MAX_ENTRY_BYTES);
    }

    /** Reads a saved model whose entries inflate to at most {@code maxEntryBytes} each. */
    public static ForecastModel read(byte[] artifact, long maxEntryBytes) {
        byte[] provenanceJson = null;
        byte[] parameters = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(artifact))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(PROVENANCE)) {
                    provenanceJson = ZipEntries.read(zip, PROVENANCE, maxEntryBytes);
                } else if (entry.getName().equals(PARAMETERS)) {
                    parameters = ZipEntries.read(zip, PARAMETERS, maxEntryBytes);
                }
            }
        } catch (IOException e) {
            throw new UnreadableModelException("not a model archive: " + e.getMessage(), e);
        }
        if (provenanceJson == null || parameters == null) {
            throw new UnreadableModelException("model archive lacks " + PROVENANCE + " or " + PARAMETERS, null);
        }
        try {
            Provenance provenance = JSON.readValue(provenanceJson, SavedSpec.SavedProvenance.class)
                    .toProvenance();
            if (provenance.formatVersion() > Provenance.NEWEST_READABLE_FORMAT) {
                throw new UnreadableModelException(
                        "model format " + provenance.formatVersion() + " is newer than this release reads", null);
            }
            InputStream in = new ByteArrayInputStream(parameters);
            return switch (provenance.spec().family()) {
                case SEASONAL_NAIVE -> new SeasonalNaive(provenance);
                case LINEAR -> LinearModel.read(provenance, in);
                case LSTM -> direct(provenance) ? direct(provenance, in) : LstmModel.read(provenance, in);
                case GRU -> direct(provenance) ? direct(provenance, in) : GruModel.read(provenance, in);
                case DAY_AHEAD -> DayAheadModel.read(provenance, in);
                case RLINEAR -> RLinearModel.read(provenance, in);
                case RLINEAR_ENSEMBLE -> RLinearEnsembleModel.read(provenance, in);
                case ENSEMBLE -> EnsembleModel.read(provenance, in);
                case AUTO -> throw new UnreadableModelException("family auto saves the winner's family", null);
            };
        } catch (UnreadableModelException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableModelException("model archive is corrupt: " + e.getMessage(), e);
        }
    }
}
