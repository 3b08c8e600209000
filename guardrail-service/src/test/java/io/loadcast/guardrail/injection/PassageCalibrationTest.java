package io.loadcast.guardrail.injection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passage calibration split never shares a passage with the evaluation split, and the threshold rule. */
class PassageCalibrationTest {

    @Test
    void calibrationAndEvaluationSplitsAreDisjoint(@TempDir Path dir) throws Exception {
        for (int f = 0; f < 30; f++) {
            StringBuilder body = new StringBuilder("title: doc " + f + "\n---\n");
            for (int i = 0; i < 900; i++) {
                body.append("Passage ").append(f).append(" sentence ").append(i).append(". ");
            }
            Files.writeString(dir.resolve("doc" + f + ".md"), body);
        }

        List<String> all = PassageCalibration.passages(dir);
        List<String> evaluation = PassageCalibration.evaluation(all);
        List<String> calibration = PassageCalibration.calibration(all);

        assertThat(all).hasSizeGreaterThan(PassageCalibration.EVALUATION + PassageCalibration.CALIBRATION);
        assertThat(evaluation).hasSizeBetween(PassageCalibration.EVALUATION / 2, PassageCalibration.EVALUATION);
        assertThat(calibration).hasSizeBetween(PassageCalibration.CALIBRATION / 2, PassageCalibration.CALIBRATION);
        Set<String> overlap = new HashSet<>(evaluation);
        overlap.retainAll(calibration);
        assertThat(overlap).isEmpty();
        assertThat(all).allSatisfy(p -> assertThat(p).doesNotContain("title: doc"));
    }

    @Test
    void thresholdLetsAtMostThreePercentOfBenignPassagesThrough() {
        List<String> benign = new ArrayList<>();
        IntStream.range(0, 200).forEach(i -> benign.add(Integer.toString(i)));

        double t = PassageCalibration.threshold(benign, p -> Integer.parseInt(p) / 200.0);

        long flagged =
                benign.stream().filter(p -> Integer.parseInt(p) / 200.0 >= t).count();
        assertThat(flagged).isEqualTo(6);
        assertThat(t).isGreaterThan(193 / 200.0).isLessThan(194 / 200.0 + 1e-9);
    }
}
