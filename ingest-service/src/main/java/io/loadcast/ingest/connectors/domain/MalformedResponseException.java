package io.loadcast.ingest.connectors.domain;

/** A response that does not have the documented shape; nothing of it is stored. */
public final class MalformedResponseException extends RuntimeException {
    public MalformedResponseException(String message) {
        super(message);
    }
}
