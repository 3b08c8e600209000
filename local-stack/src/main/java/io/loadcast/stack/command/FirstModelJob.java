package io.loadcast.stack.command;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main job of {@code up} once history is imported: train a first model of GB national demand on the last two
 * imported years with family {@code auto} (the candidate that validates best on the last four weeks before the
 * backtest, or the mean of the top ones when that validates better) and wait until forecast-service serves it.
 * A failure is reported but does not stop the suite: the services are up and a run can be started by hand.
 */
final class FirstModelJob {

    /**
     * The families {@code auto} tries at start-up: the ones that train in seconds to a minute on two years of
     * half-hours. LSTM and GRU cost minutes of CPU each there (10 epochs, their validation fit and the refit), and on
     * GB 2024 they did not beat {@code day-ahead} (forecast-service README, "auto end to end on GB"), so they are left
     * to a run started by hand ({@code "model":"auto"} without {@code candidates} tries them too).
     */
    static final String CANDIDATES = "day-ahead,linear,rlinear-ensemble,seasonal-naive";

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"modelVersion\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI forecast;
    private final String apiKey;
    private final PrintStream out;

    FirstModelJob(int forecastPort, String apiKey, PrintStream out) {
        this.forecast = URI.create("http://localhost:" + forecastPort);
        this.apiKey = apiKey;
        this.out = out;
    }

    /** Starts the run and waits for it up to {@code timeout}; true when a model version serves. */
    boolean run(Duration timeout) throws InterruptedException {
        String body = "{\"seriesIds\":[\"GB-ND\"],\"from\":\"2023-01-01T00:00:00Z\",\"to\":\"2025-01-01T00:00:00Z\","
                + "\"model\":\"auto\",\"hyperparameters\":{\"candidates\":\"" + CANDIDATES + "\"},"
                + "\"modelName\":\"forecast-gb-nd\"}";
        try {
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(forecast.resolve("/api/v1/training-runs"))
                            .header("Content-Type", "application/json")
                            .header("X-Api-Key", apiKey)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(started.body());
            if (started.statusCode() / 100 != 2 || !id.find()) {
                out.println(
                        "  First model: training could not start (" + started.statusCode() + "): " + started.body());
                return false;
            }
            out.println(
                    "  First model: training run " + id.group(1) + " (auto over " + CANDIDATES + ", GB-ND, 2023-2024)");
            return await(id.group(1), Instant.now().plus(timeout));
        } catch (IOException e) {
            out.println("  First model: forecast-service did not answer: " + e.getMessage());
            return false;
        }
    }

    private boolean await(String runId, Instant deadline) throws IOException, InterruptedException {
        while (Instant.now().isBefore(deadline)) {
            String run = http.send(
                            HttpRequest.newBuilder(forecast.resolve("/api/v1/training-runs/" + runId))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher status = STATUS.matcher(run);
            if (status.find() && status.group(1).equals("SUCCEEDED")) {
                Matcher version = VERSION.matcher(run);
                String trained = version.find() ? version.group(1) : "?";
                String serving = servingVersion();
                out.println("  First model: forecast-gb-nd version " + trained + " trained and backtested; "
                        + (trained.equals(serving)
                                ? "serving"
                                : "the registry kept version " + serving + " as champion, which serves"));
                return true;
            }
            if (status.find(0) && status.group(1).equals("FAILED")) {
                out.println("  First model: training failed: " + run);
                return false;
            }
            Thread.sleep(2_000);
        }
        out.println("  First model: still training; follow it at " + forecast + "/api/v1/training-runs/" + runId);
        return false;
    }

    /**
     * The version that answers the README's forecast call: on a machine that ran the suite before, the registry's
     * promotion policy may keep the earlier champion (the new version is compared on its own backtest window).
     */
    private String servingVersion() throws IOException, InterruptedException {
        String answer = http.send(
                        HttpRequest.newBuilder(forecast.resolve("/api/v1/forecasts"))
                                .header("Content-Type", "application/json")
                                .header("X-Api-Key", apiKey)
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"seriesId\":\"GB-ND\",\"origin\":\"2024-12-30T22:30:00Z\",\"horizon\":1}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher version = VERSION.matcher(answer);
        return version.find() ? version.group(1) : "?";
    }
}
