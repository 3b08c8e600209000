package io.loadcast.ingest.bench;

import io.loadcast.contracts.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Readings per second from {@code grid.readings.raw.v1} through validation and the store out on {@code
 * grid.readings.v1}, beside the raw producer->consumer rate of the same broker with the same records, as a ratio.
 * Both are timed the same way: from the first record produced to the last record consumed at the far end.
 *
 * <p>Args: {@code [readings, default 300000]}.
 */
public final class IngestThroughputBenchmark {

    private static final String PLAIN = "bench.plain.v1";
    private static final int SERIES = 100;

    private IngestThroughputBenchmark() {}

    public static void main(String[] args) {
        try {
            measure(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        try (BenchStack stack = BenchStack.start("ingest_bench_" + System.nanoTime() % 100_000, PLAIN)) {
            List<byte[]> records = readings(n);
            // warm-up of both paths with as many records as measured: with 20,000 the JIT had not finished, and the
            // parse step alone cost 5x its compiled speed during the measured run
            run(stack.bootstrap(), PLAIN, PLAIN, readings(n, "warm"));
            run(stack.bootstrap(), Topics.READINGS_RAW, Topics.READINGS, readings(n, "warm"));

            double raw = run(stack.bootstrap(), PLAIN, PLAIN, records);
            MeterRegistry meters = stack.app.getBean(MeterRegistry.class);
            Map<String, double[]> before = phases(meters);
            double ingest = run(stack.bootstrap(), Topics.READINGS_RAW, Topics.READINGS, records);
            Map<String, double[]> after = phases(meters);

            System.out.printf("readings: %,d (%d series), partitions: %d%n", n, SERIES, BenchStack.PARTITIONS);
            System.out.printf("raw Kafka producer->consumer:        %,10.0f records/s%n", raw);
            System.out.printf("ingest raw->validate->store->output: %,10.0f readings/s%n", ingest);
            System.out.printf("ratio ingest/raw:                    %10.1f %%%n", 100 * ingest / raw);
            printBreakdown(before, after, n, n / ingest);
        }
    }

    /** Per phase of the listener's batches: {count, total seconds} (summed over the consumer threads). */
    private static Map<String, double[]> phases(MeterRegistry meters) {
        Map<String, double[]> phases = new TreeMap<>();
        for (Timer timer : meters.find("loadcast.ingest.batch.phase").timers()) {
            phases.put(timer.getId().getTag("phase"), new double[] {timer.count(), timer.totalTime(TimeUnit.SECONDS)});
        }
        return phases;
    }

    private static void printBreakdown(
            Map<String, double[]> before, Map<String, double[]> after, int n, double seconds) {
        double batches = after.get("parse")[0] - before.get("parse")[0];
        double busy = 0;
        for (String phase : after.keySet()) {
            busy += after.get(phase)[1] - before.get(phase)[1];
        }
        System.out.printf(
                "where the listener threads spent the %.1f s run (%.0f batches, %.0f readings/batch):%n",
                seconds, batches, batches == 0 ? 0 : n / batches);
        for (String phase : after.keySet()) {
            double total = after.get(phase)[1] - before.get(phase)[1];
            System.out.printf(
                    "  %-12s %7.2f s thread time  %6.2f ms/batch  %5.1f %% of listener busy time%n",
                    phase, total, batches == 0 ? 0 : 1000 * total / batches, busy == 0 ? 0 : 100 * total / busy);
        }
        System.out.printf(
                "  busy total   %7.2f s over %d consumer threads (the rest: poll, offset commit, idle)%n",
                busy, BenchStack.PARTITIONS);
    }

    static List<byte[]> readings(int n) {
        return readings(n, "bench");
    }

    static List<byte[]> readings(int n, String prefix) {
        String run = prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        String now = Instant.now().toString();
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + now
                                + "\",\"seriesId\":\"" + run + "-" + (i % SERIES) + "\",\"timestamp\":\""
                                + base.plusSeconds(1800L * (i / SERIES)) + "\",\"value\":" + (1000 + i % 977)
                                + ",\"unit\":\"MW\",\"source\":\"bench\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** Produces the records on {@code in} and times until as many have been consumed from {@code out}. */
    static double run(String bootstrap, String in, String out, List<byte[]> records) throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "bench-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest",
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5000,
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        262_144,
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class))) {
            consumer.subscribe(List.of(out));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            long start = System.nanoTime();
            CompletableFuture<Void> produced = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < records.size(); i++) {
                    producer.send(new ProducerRecord<>(in, "k" + (i % SERIES), records.get(i)));
                }
                producer.flush();
            });
            long consumed = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (consumed < records.size() && System.nanoTime() < deadline) {
                consumed += consumer.poll(Duration.ofMillis(100)).count();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            produced.get();
            if (consumed < records.size()) {
                throw new IllegalStateException("only " + consumed + " of " + records.size() + " arrived on " + out);
            }
            return records.size() / seconds;
        }
    }
}
