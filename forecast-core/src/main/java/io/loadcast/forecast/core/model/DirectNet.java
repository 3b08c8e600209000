package io.loadcast.forecast.core.model;

import java.util.Iterator;
import org.nd4j.linalg.api.ndarray.INDArray;

/** What {@link DirectTraining} needs of a direct multi-horizon network, whichever DL4J API builds it. */
interface DirectNet {

    /**
     * One epoch: an update per batch {sequence, future, labels} of {@code batches} (the network closes each batch's
     * arrays once it is done with them), {@code afterBatch} run after each; returns the mean training loss of the
     * batches, NaN if the network reports none (SameDiff does not).
     */
    double fitEpoch(Iterator<INDArray[]> batches, Runnable afterBatch);

    /** Forward pass on {sequence, future}: the scaled forecast [batch, horizon]. */
    INDArray output(INDArray[] inputs);

    /** A copy of the trainable parameters. */
    Object snapshot();

    /** Puts back parameters taken by {@link #snapshot()}. */
    void restore(Object snapshot);
}
