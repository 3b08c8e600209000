package io.loadcast.registry.mlflow;

/** MLflow's key/value pair: experiment, run, model and version tags, and run params. */
public record Tag(String key, String value) {

    /** PostgreSQL text cannot hold U+0000: refuse it here, naming the key, instead of failing the insert. */
    public Tag {
        if ((key != null && key.indexOf('\0') >= 0) || (value != null && value.indexOf('\0') >= 0)) {
            throw MlflowException.invalid("Tag or param '" + (key == null ? "" : key.replace('\0', '?'))
                    + "' contains a NUL character (U+0000) in its key or value, which cannot be stored");
        }
    }
}
