package io.loadcast.forecast.core.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The saved form shared by the linear families: rows and columns as two ints, then every weight as a big-endian
 * double, row by row. Each model checks the shape it reads against what its provenance expects.
 */
final class WeightMatrix {

    private WeightMatrix() {}

    static void write(double[][] weights, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(weights.length);
        data.writeInt(weights[0].length);
        for (double[] row : weights) {
            for (double v : row) {
                data.writeDouble(v);
            }
        }
        data.flush();
    }

    static double[][] read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int rows = data.readInt();
        int columns = data.readInt();
        if (rows <= 0 || columns <= 0 || (long) rows * columns > 50_000_000L) {
            throw new UnreadableModelException(
                    "weight matrix of " + rows + " x " + columns + " is not plausible", null);
        }
        double[][] weights = new double[rows][columns];
        for (double[] row : weights) {
            for (int i = 0; i < columns; i++) {
                row[i] = data.readDouble();
            }
        }
        return weights;
    }
}
