package io.loadcast.stack.part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.stack.command.PartPhase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthWaitTest {

    @TempDir
    Path home;

    private final List<StartedPart> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        started.forEach(part -> part.process().stopTree(Duration.ofSeconds(2)));
    }

    @Test
    void reportsPartThatNeverBecomesHealthyWithItsLogTailAndStopsIt() throws Exception {
        Part sleeper = shellPart("sleeper", "echo warming up; exec sleep 600", () -> false, Duration.ofSeconds(2));
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        long start = System.nanoTime();
        boolean healthy = new PartPhase(runDirectory(), home, new PrintStream(output, true, StandardCharsets.UTF_8))
                .startAndAwait(List.of(sleeper));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        String report = output.toString(StandardCharsets.UTF_8);
        assertThat(healthy).isFalse();
        assertThat(waited).isLessThan(Duration.ofSeconds(10));
        assertThat(report).contains("sleeper did not become healthy within 2 s").contains("| warming up");
        assertThat(runDirectory().pidFile("sleeper").exists()).isFalse();
        assertThat(report).containsPattern("sleeper +starting \\(pid (\\d+)");
        long pid = Long.parseLong(report.replaceAll("(?s).*sleeper +starting \\(pid (\\d+).*", "$1"));
        assertThat(new OwnedProcess(pid).isAlive()).isFalse();
    }

    @Test
    void reportsPartThatExitsEarlyAtOnceWithItsExitCode() throws Exception {
        Part crasher = shellPart("crasher", "echo bad config; exit 3 # sleep 600", () -> false, Duration.ofSeconds(60));
        StartedPart running = start(crasher);

        long start = System.nanoTime();
        assertThatThrownBy(() -> healthWait().awaitHealthy(List.of(running), part -> {}))
                .isInstanceOfSatisfying(PartFailure.class, failure -> {
                    assertThat(failure.partName()).isEqualTo("crasher");
                    assertThat(failure.getMessage()).contains("exited with code 3");
                    assertThat(failure.logTail()).contains("bad config");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void reportsPartThatBecomesHealthy() throws Exception {
        Path ready = home.resolve("ready");
        Part slowStarter = shellPart(
                "slow-starter",
                "sleep 1; touch '" + ready + "'; exec sleep 600",
                () -> Files.exists(ready),
                Duration.ofSeconds(30));
        List<String> healthy = new ArrayList<>();

        healthWait()
                .awaitHealthy(
                        List.of(start(slowStarter)),
                        part -> healthy.add(part.part().name()));

        assertThat(healthy).containsExactly("slow-starter");
    }

    private StartedPart start(Part part) throws Exception {
        StartedPart running = new PartLauncher(runDirectory(), home).start(part);
        started.add(running);
        return running;
    }

    private HealthWait healthWait() {
        return new HealthWait(runDirectory(), Duration.ofMillis(100));
    }

    private RunDirectory runDirectory() {
        return new RunDirectory(home.resolve("run"), home.resolve("logs"));
    }

    private static Part shellPart(String name, String script, HealthCheck health, Duration timeout) {
        return new Part(name, PartKind.INFRA, 1, List.of("sh", "-c", script), Map.of(), health, timeout, "sleep 600");
    }
}
