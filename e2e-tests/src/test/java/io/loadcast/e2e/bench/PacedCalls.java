package io.loadcast.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * HTTP calls at a target rate: {@code threads} workers each claim the next time slot of a shared schedule ({@code
 * 1/rate} apart) and send one request then. A worker that falls behind sends at once, so the achieved rate is what
 * the service sustains with that many calls in flight.
 */
final class PacedCalls {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
    private volatile boolean stopped;

    /**
     * Starts the workers; {@code body} gives the JSON body of the i-th call.
     *
     * @param url the endpoint (POST)
     * @param apiKey sent as {@code X-Api-Key}: the soak is one keyed caller
     */
    PacedCalls(String url, String apiKey, double rate, int threads, IntFunction<String> body, MinuteStats stats) {
        long interval = (long) (1e9 / rate);
        AtomicLong sequence = new AtomicLong();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(
                    () -> {
                        while (!stopped) {
                            long slot = nextSlot.getAndAdd(interval);
                            long wait = slot - System.nanoTime();
                            if (wait > 0) {
                                sleep(wait);
                            } else if (wait < -1_000_000_000L) {
                                // far behind: do not build up a backlog that would be fired at once later
                                nextSlot.compareAndSet(slot + interval, System.nanoTime());
                            }
                            call(url, apiKey, body.apply((int) sequence.getAndIncrement()), stats);
                        }
                    },
                    stats.name() + "-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    private static void call(String url, String apiKey, String json, MinuteStats stats) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        long start = System.nanoTime();
        int status;
        try {
            status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        stats.record(status, System.nanoTime() - start);
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() throws InterruptedException {
        stopped = true;
        for (Thread worker : workers) {
            worker.join(35_000);
        }
    }
}
