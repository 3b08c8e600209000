package io.loadcast.e2e.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Devices sending raw readings on {@code grid.readings.raw.v1} at a target rate: {@code devices} series of this run
 * (new names each run, so nothing is a revision), each advancing half an hour per reading from two years ago, sent in
 * 10 ms slices. Counts what the broker acknowledged and what it refused.
 */
final class RawReadingFlood {

    private static final long SLICE_NANOS = 10_000_000L;

    private final KafkaProducer<String, byte[]> producer;
    private final Thread sender;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean stopped;

    RawReadingFlood(String bootstrap, String topic, double rate, int devices) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG,
                10,
                ProducerConfig.BATCH_SIZE_CONFIG,
                262_144,
                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                "lz4"));
        String run = UUID.randomUUID().toString().substring(0, 6);
        Instant first = Instant.now().minus(Duration.ofDays(730)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        sender = new Thread(() -> send(topic, rate, devices, run, first), "raw-reading-flood");
        sender.setDaemon(true);
        sender.start();
    }

    private void send(String topic, double rate, int devices, String run, Instant first) {
        double perSlice = rate * SLICE_NANOS / 1e9;
        double owed = 0;
        long sent = 0;
        long next = System.nanoTime();
        while (!stopped) {
            owed += perSlice;
            for (; owed >= 1; owed--, sent++) {
                int device = (int) (sent % devices);
                Instant t = first.plusSeconds(1800L * (sent / devices));
                String series = "SOAK-" + run + "-" + device;
                String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + Instant.now()
                        + "\",\"seriesId\":\"" + series + "\",\"timestamp\":\"" + t + "\",\"value\":"
                        + (500 + device % 100) + ",\"unit\":\"MW\",\"source\":\"soak\"}";
                producer.send(
                        new ProducerRecord<>(topic, series, json.getBytes(StandardCharsets.UTF_8)),
                        (metadata, e) -> (e == null ? acked : failed).incrementAndGet());
            }
            next += SLICE_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            } else if (wait < -1_000_000_000L) {
                next = System.nanoTime(); // the producer cannot keep up: no backlog fired later
            }
        }
    }

    /** Acknowledged and refused records since the last call. */
    long[] take(AtomicLong[] last) {
        long a = acked.get();
        long f = failed.get();
        long[] delta = {a - last[0].getAndSet(a), f - last[1].getAndSet(f)};
        return delta;
    }

    void stop() throws InterruptedException {
        stopped = true;
        sender.join(5_000);
        producer.close(Duration.ofSeconds(10));
    }
}
