package io.loadcast.stack.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.loadcast.stack.part.OwnedProcess;
import io.loadcast.stack.part.Part;
import io.loadcast.stack.part.PartKind;
import io.loadcast.stack.part.PartLauncher;
import io.loadcast.stack.part.RunDirectory;
import io.loadcast.stack.part.StartedPart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownCommandTest {

    @TempDir
    Path home;

    private Process bystander;

    @AfterEach
    void stopBystander() {
        if (bystander != null) {
            bystander.destroyForcibly();
        }
    }

    @Test
    void stopsTheProcessesItStartedAndNoOther() throws Exception {
        RunDirectory run = runDirectory();
        StartedPart sleeper = new PartLauncher(run, home).start(sleepPart("sleeper"));
        StartedPart sleeperChild = new PartLauncher(run, home)
                .start(new Part(
                        "parent",
                        PartKind.SERVICE,
                        1,
                        List.of("sh", "-c", "sleep 600 & wait"),
                        Map.of(),
                        () -> false,
                        Duration.ofSeconds(1),
                        "sleep 600 & wait"));
        bystander = new ProcessBuilder("sleep", "600").start();
        Thread.sleep(300);
        List<ProcessHandle> grandchildren = ProcessHandle.of(
                        sleeperChild.process().pid())
                .orElseThrow()
                .descendants()
                .toList();

        new DownCommand(run, quietOutput()).run(List.of("parent"));

        assertThat(sleeper.process().isAlive()).isFalse();
        assertThat(sleeperChild.process().isAlive()).isFalse();
        assertThat(grandchildren)
                .isNotEmpty()
                .allSatisfy(child ->
                        assertThat(new OwnedProcess(child.pid()).isAlive()).isFalse());
        assertThat(bystander.isAlive()).isTrue();
        assertThat(run.allPidFiles()).isEmpty();
    }

    @Test
    void leavesAloneAProcessThatReusedAStalePid() throws Exception {
        RunDirectory run = runDirectory();
        bystander = new ProcessBuilder("sleep", "600").start();
        // as if kafka had died and the kernel had handed its pid to this unrelated sleep
        run.pidFile("kafka").write(bystander.pid(), "io.loadcast.stack.kafka.KafkaBrokerMain");

        new DownCommand(run, quietOutput()).run(List.of("kafka"));

        assertThat(bystander.isAlive()).isTrue();
        assertThat(run.pidFile("kafka").exists()).isFalse();
    }

    private RunDirectory runDirectory() {
        return new RunDirectory(home.resolve("run"), home.resolve("logs"));
    }

    private static Part sleepPart(String name) {
        return new Part(
                name,
                PartKind.INFRA,
                1,
                List.of("sleep", "600"),
                Map.of(),
                () -> false,
                Duration.ofSeconds(1),
                "sleep 600");
    }

    private static PrintStream quietOutput() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
