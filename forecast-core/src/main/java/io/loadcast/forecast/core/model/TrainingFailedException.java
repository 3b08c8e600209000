package io.loadcast.forecast.core.model;

/**
 * A training that could not finish for want of a resource (heap or the native memory DL4J allocates off-heap), as
 * an exception: an {@link OutOfMemoryError} is an {@link Error} that the run orchestration, which ends runs FAILED
 * on exceptions, would not catch, and its run would stay RUNNING for good.
 */
public class TrainingFailedException extends RuntimeException {

    public TrainingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
