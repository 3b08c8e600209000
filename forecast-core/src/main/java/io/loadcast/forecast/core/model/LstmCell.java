package io.loadcast.forecast.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * libnd4j's {@code lstmLayer} op (1.0.0-M2.1) as the direct LSTM configures it (no peepholes, no clipping, sigmoid
 * gates, tanh cell and output activations) written out as plain SameDiff ops, unrolled over the time steps: same
 * parameter layout ({@code wx} [nIn, 4 nOut], {@code wh} [nOut, 4 nOut], {@code b} [4 nOut], gates in the order
 * input, forget, cell, output) and the arithmetic of its helper {@code lstmLayerCell}: {@code z = x wx + h wh + b},
 * {@code c' = f c + i g}, {@code h' = o tanh(c')}. The op's training keeps native memory per iteration like the
 * {@code gru} op's (see {@link GruCell}).
 */
public final class LstmCell {

    private LstmCell() {}

    /** The output after the last of the {@code steps} time steps ([batch, nOut]). */
    public static SDVariable last(
            SameDiff sd,
            SDVariable x,
            SDVariable h0,
            SDVariable c0,
            SDVariable wx,
            SDVariable wh,
            SDVariable b,
            int steps,
            int nOut) {
        long nIn = wx.getShape()[0];
        SDVariable[] xw = sd.unstack(x.reshape(-1, nIn).mmul(wx).reshape(steps, -1, 4 * nOut), 0, steps);
        SDVariable h = h0;
        SDVariable c = c0;
        for (int t = 0; t < steps; t++) {
            SDVariable[] z = sd.unstack(xw[t].add(h.mmul(wh)).add(b).reshape(-1, 4, nOut), 1, 4);
            SDVariable i = sd.nn().sigmoid(z[0]);
            SDVariable f = sd.nn().sigmoid(z[1]);
            SDVariable g = sd.math().tanh(z[2]);
            c = f.mul(c).add(i.mul(g));
            h = sd.nn().sigmoid(z[3]).mul(sd.math().tanh(c));
        }
        return h;
    }
}
