package io.loadcast.forecast.core.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * libnd4j's {@code gru} op (1.0.0-M2.1) written out as plain SameDiff ops, unrolled over the time steps: same inputs
 * and parameter layout ({@code x} [time, batch, nIn], {@code h0} [batch, nOut], {@code wx} [nIn, 3 nOut], {@code wh}
 * [nOut, 3 nOut], {@code b} [3 nOut], gates in the order reset, update, cell) and the same arithmetic as its helper
 * {@code gruCell}: {@code r = sigmoid(x wxr + h whr + br)}, {@code u = sigmoid(x wxu + h whu + bu)}, {@code c =
 * tanh(x wxc + bc + r (h whc))}, {@code h' = u h + (1 - u) c}. The op's training leaks about 6 MB of native memory
 * per iteration at the direct GRU's sizes ({@code RecurrentOpLeakCheck}); these ops do not (see the README).
 */
public final class GruCell {

    private GruCell() {}

    /** The state after each of the {@code steps} time steps ([batch, nOut] each). */
    public static SDVariable[] states(
            SameDiff sd, SDVariable x, SDVariable h0, SDVariable wx, SDVariable wh, SDVariable b, int steps, int nOut) {
        long nIn = wx.getShape()[0];
        SDVariable xw = x.reshape(-1, nIn).mmul(wx).add(b).reshape(steps, -1, 3, nOut);
        SDVariable[] perStep = sd.unstack(xw, 0, steps);
        SDVariable[] states = new SDVariable[steps];
        SDVariable h = h0;
        for (int t = 0; t < steps; t++) {
            h = step(sd, perStep[t], h, wh, nOut);
            states[t] = h;
        }
        return states;
    }

    private static SDVariable step(SameDiff sd, SDVariable xwb, SDVariable h, SDVariable wh, int nOut) {
        SDVariable[] fromX = sd.unstack(xwb, 1, 3);
        SDVariable[] fromH = sd.unstack(h.mmul(wh).reshape(-1, 3, nOut), 1, 3);
        SDVariable r = sd.nn().sigmoid(fromH[0].add(fromX[0]));
        SDVariable u = sd.nn().sigmoid(fromH[1].add(fromX[1]));
        SDVariable c = sd.math().tanh(fromH[2].mul(r).add(fromX[2]));
        return u.mul(h).add(u.rsub(1.0).mul(c));
    }
}
