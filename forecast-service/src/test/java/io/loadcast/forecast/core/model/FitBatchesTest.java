package io.loadcast.forecast.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/** One epoch's batches for SameDiff: h0 added, and each batch's off-heap arrays freed once the next is asked for. */
class FitBatchesTest {

    static INDArray[] batch(int size) {
        return new INDArray[] {
            Nd4j.rand(DataType.FLOAT, size, 3, 4),
            Nd4j.rand(DataType.FLOAT, size, 5),
            Nd4j.rand(DataType.FLOAT, size, 2)
        };
    }

    @Test
    void addsTheZeroStateAndClosesEachBatchWhenTheNextIsTakenAndTheLastOnClose() {
        INDArray[] first = batch(4);
        INDArray[] last = batch(3);
        MultiDataSet a;
        MultiDataSet b;
        try (FitBatches epoch = new FitBatches(List.of(first, last).iterator(), 7)) {
            a = epoch.next();
            assertThat(a.getFeatures()).hasSize(3);
            assertThat(a.getFeatures(2).shape()).containsExactly(4, 7);
            assertThat(a.getFeatures(2).sumNumber().doubleValue()).isZero();
            assertThat(a.getLabels(0)).isSameAs(first[2]);
            assertThat(first[0].wasClosed()).isFalse();

            b = epoch.next();
            assertThat(epoch.hasNext()).isFalse();
            assertThat(first).allMatch(INDArray::wasClosed);
            assertThat(a.getFeatures(2).wasClosed()).isTrue();
            assertThat(last[0].wasClosed()).isFalse();
            assertThat(b.getFeatures(2).shape()).containsExactly(3, 7);
        }
        assertThat(last).allMatch(INDArray::wasClosed);
        assertThat(b.getFeatures(2).wasClosed()).isTrue();
    }
}
