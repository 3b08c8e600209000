package io.loadcast.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sums of series read from a service's {@code /actuator/prometheus}; NaN when the service does not answer. */
final class Scrape {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SAMPLE =
            Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ([0-9.eE+-]+|NaN)$");

    private final String text;

    private Scrape(String text) {
        this.text = text;
    }

    static Scrape of(String baseUrl) {
        try {
            return new Scrape(HTTP.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
        } catch (java.io.IOException e) {
            return new Scrape("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Scrape("");
        }
    }

    /** The sum of every sample of {@code metric} whose labels contain {@code labelPart} (empty: all). */
    double sum(String metric, String labelPart) {
        double sum = 0;
        boolean any = false;
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            String labels = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals(metric) && labels.contains(labelPart)) {
                sum += Double.parseDouble(m.group(3));
                any = true;
            }
        }
        return any ? sum : Double.NaN;
    }

    /** Heap in use, MiB (sum over the heap pools). */
    double heapMib() {
        return sum("jvm_memory_used_bytes", "area=\"heap\"") / (1024 * 1024);
    }
}
