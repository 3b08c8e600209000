package io.loadcast.forecast.core.model;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.ListenerVariables;
import org.nd4j.autodiff.listeners.Loss;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/** The training loss of each iteration of a {@code SameDiff.fit} call, averaged, and a callback after each. */
final class BatchLosses extends BaseListener {

    private final String lossVariable;
    private final Runnable afterBatch;
    private double sum;
    private int count;

    BatchLosses(String lossVariable, Runnable afterBatch) {
        this.lossVariable = lossVariable;
        this.afterBatch = afterBatch;
    }

    /** The loss itself: without it SameDiff runs only the loss's backward op, and reports a loss of 0. */
    @Override
    public ListenerVariables requiredVariables(SameDiff sd) {
        return ListenerVariables.builder().trainingVariables(lossVariable).build();
    }

    @Override
    public boolean isActive(Operation operation) {
        return operation == Operation.TRAINING;
    }

    @Override
    public void iterationDone(SameDiff sd, At at, MultiDataSet dataSet, Loss loss) {
        sum += loss.totalLoss();
        count++;
        afterBatch.run();
    }

    /** The mean loss of the iterations so far (NaN before the first). */
    double mean() {
        return count == 0 ? Double.NaN : sum / count;
    }
}
