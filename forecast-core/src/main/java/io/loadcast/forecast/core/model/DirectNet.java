package io.loadcast.forecast.core.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/** What {@link DirectTraining} needs of a direct multi-horizon network, whichever DL4J API builds it. */
interface DirectNet {

    /** One update on a batch {sequence, future, labels}; returns the batch's training loss. */
    double fit(INDArray[] batch);

    /** Forward pass on {sequence, future}: the scaled forecast [batch, horizon]. */
    INDArray output(INDArray[] inputs);

    /** A copy of the trainable parameters. */
    Object snapshot();

    /** Puts back parameters taken by {@link #snapshot()}. */
    void restore(Object snapshot);
}
