package io.loadcast.stack.kafka;

import java.time.Duration;

/**
 * Exits 0 when the broker at {@code <bootstrap-servers>} answers a describe-cluster request, 1 otherwise: the
 * health check of the locally built Kafka image ({@code images/local/java-infra}), which ships the broker from Maven
 * without Kafka's shell tools.
 */
public final class KafkaHealthMain {

    private KafkaHealthMain() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KafkaHealthMain <bootstrap-servers>");
        }
        // a container health check runs once per interval: give a busy broker time to answer
        System.exit(new KafkaHealth(args[0], Duration.ofSeconds(20)).isHealthy() ? 0 : 1);
    }
}
