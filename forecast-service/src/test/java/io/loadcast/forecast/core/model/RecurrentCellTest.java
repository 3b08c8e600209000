package io.loadcast.forecast.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.schedule.FixedSchedule;

/**
 * {@link GruCell} and {@link LstmCell} compute the functions libnd4j's {@code gru} and {@code lstmLayer} ops compute:
 * the direct network built both ways, with the same random weights (bias included) and inputs, gives the same output
 * (1e-5); and the cells' gradients are those of that function (central finite differences of the loss). The
 * {@code gru} op's own backprop does not pass the second check in 1.0.0-M2.1 (it differs from the finite differences
 * by up to 0.008 where they are 0.08), which is why the gradients are not compared with the ops'.
 */
class RecurrentCellTest {

    private static final int BATCH = 5;
    private static final String LOSS = "loss";

    static Stream<RecurrentSpec> specs() {
        return Stream.of(new GruSpec(24, 6, 1, 1e-3, 8, 16, 1, 7), new LstmSpec(24, 6, 1, 1e-3, 8, 16, 1, 7));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theUnrolledCellGivesTheOpsOutput(RecurrentSpec spec) {
        SameDiff op = randomised(spec, true);
        SameDiff plain = DirectRecurrentModel.build(spec, new FixedSchedule(1e-3), true, false);
        for (String name : new String[] {"wx", "wh", "b", "w1", "b1", "w", "bias"}) {
            plain.getVariable(name).getArr().assign(op.getVariable(name).getArr());
        }
        Map<String, INDArray> inputs = inputs(spec);

        INDArray expected = op.output(inputs, DirectRecurrentModel.OUTPUT).get(DirectRecurrentModel.OUTPUT);
        INDArray actual = plain.output(inputs, DirectRecurrentModel.OUTPUT).get(DirectRecurrentModel.OUTPUT);

        assertThat(actual.shape()).containsExactly(BATCH, spec.horizon());
        assertThat(expected.amaxNumber().doubleValue()).isGreaterThan(0.1);
        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThanOrEqualTo(1e-5);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theUnrolledCellsGradientsAreTheFiniteDifferencesOfItsLoss(RecurrentSpec spec) {
        SameDiff plain = randomised(spec, false);
        Map<String, INDArray> inputs = inputs(spec);
        Map<String, INDArray> gradients = plain.calculateGradients(inputs, "wx", "wh", "b");
        double eps = 1e-2;
        int checked = 0;
        for (String name : gradients.keySet()) {
            INDArray param = plain.getVariable(name).getArr();
            for (long i = 0; i < param.length(); i += name.equals("b") ? 1 : 5) {
                float v = param.getFloat(i);
                param.putScalar(i, v + eps);
                double up = plain.output(inputs, LOSS).get(LOSS).getDouble(0);
                param.putScalar(i, v - eps);
                double down = plain.output(inputs, LOSS).get(LOSS).getDouble(0);
                param.putScalar(i, v);
                double numeric = (up - down) / (2 * eps);
                assertThat(gradients.get(name).getDouble(i))
                        .as("%s[%d]", name, i)
                        .isCloseTo(numeric, within(1e-4 + 0.01 * Math.abs(numeric)));
                checked++;
            }
            assertThat(gradients.get(name).norm2Number().doubleValue()).as(name).isGreaterThan(1e-3);
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** The net with the bias and a larger recurrent weight, so every gate is away from its zero-bias start. */
    private static SameDiff randomised(RecurrentSpec spec, boolean nativeOp) {
        SameDiff sd = DirectRecurrentModel.build(spec, new FixedSchedule(1e-3), true, nativeOp);
        Nd4j.getRandom().setSeed(11);
        INDArray b = sd.getVariable("b").getArr();
        b.assign(Nd4j.randn(DataType.FLOAT, b.shape()));
        sd.getVariable("wh").getArr().muli(2);
        return sd;
    }

    private static Map<String, INDArray> inputs(RecurrentSpec spec) {
        Nd4j.getRandom().setSeed(13);
        return Map.of(
                DirectRecurrentModel.SEQUENCE,
                Nd4j.randn(DataType.FLOAT, BATCH, DirectInputs.SEQUENCE, spec.lookback()),
                DirectRecurrentModel.FUTURE,
                Nd4j.randn(DataType.FLOAT, BATCH, DirectInputs.step(true) * spec.horizon()),
                DirectRecurrentModel.H0,
                Nd4j.randn(DataType.FLOAT, BATCH, spec.hidden()).muli(0.5),
                DirectRecurrentModel.LABEL,
                Nd4j.randn(DataType.FLOAT, BATCH, spec.horizon()));
    }
}
