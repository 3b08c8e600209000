package io.loadcast.forecast.core.model;

import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.dataset.api.MultiDataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.MultiDataSetIterator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One epoch of {@link DirectInputs} batches {sequence, future, labels} for a single {@code SameDiff.fit} call, with
 * the zero initial state {@code h0} added. Each batch's arrays are closed (their off-heap memory freed at once, not
 * whenever the garbage collector gets to them) when the next batch is asked for and when the epoch is closed:
 * SameDiff is done with a batch by then. Not resettable: one instance per epoch, never prefetched on another thread.
 */
final class FitBatches implements MultiDataSetIterator, AutoCloseable {

    private static final long serialVersionUID = 1L;

    private final transient Iterator<INDArray[]> batches;
    private final int hidden;
    private transient @Nullable MultiDataSet current;

    FitBatches(Iterator<INDArray[]> batches, int hidden) {
        this.batches = batches;
        this.hidden = hidden;
    }

    @Override
    public boolean hasNext() {
        return batches.hasNext();
    }

    @Override
    public MultiDataSet next() {
        release();
        INDArray[] b = batches.next();
        INDArray h0 = Nd4j.zeros(DataType.FLOAT, b[0].size(0), hidden);
        MultiDataSet batch = new MultiDataSet(new INDArray[] {b[0], b[1], h0}, new INDArray[] {b[2]});
        current = batch;
        return batch;
    }

    @Override
    public MultiDataSet next(int num) {
        throw new UnsupportedOperationException("batches are built by DirectTraining");
    }

    @Override
    public void close() {
        release();
    }

    private void release() {
        MultiDataSet done = current;
        current = null;
        if (done != null) {
            for (INDArray a : done.getFeatures()) {
                a.close();
            }
            for (INDArray a : done.getLabels()) {
                a.close();
            }
        }
    }

    @Override
    public void setPreProcessor(MultiDataSetPreProcessor preProcessor) {
        throw new UnsupportedOperationException("no pre-processing");
    }

    @Override
    public @Nullable MultiDataSetPreProcessor getPreProcessor() {
        return null;
    }

    @Override
    public boolean resetSupported() {
        return false;
    }

    @Override
    public boolean asyncSupported() {
        return false;
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("one iterator per epoch");
    }
}
