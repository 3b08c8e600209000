package io.loadcast.forecast.core.model;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Runs a callback after each training iteration of a {@code SameDiff.fit} call (progress, cancellation). The
 * {@link Loss} SameDiff passes is not used: M2.1 runs only the loss's backward op and reports 0.
 */
final class AfterBatch extends BaseListener {

    private final Runnable callback;

    AfterBatch(Runnable callback) {
        this.callback = callback;
    }

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
        callback.run();
    }
}
