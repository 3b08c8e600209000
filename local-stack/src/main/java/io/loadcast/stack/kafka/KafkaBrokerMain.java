package io.loadcast.stack.kafka;

import java.nio.file.Path;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the real Kafka broker in KRaft mode: formats the log directory the first time, then hands over to
 * {@link Kafka#main}, whose shutdown hook stops the broker cleanly on SIGTERM. Topics survive a restart
 * because the log directory is kept.
 *
 * <p>Arguments: {@code <port> <controller-port> <log-dir>}.
 */
public final class KafkaBrokerMain {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerMain.class);

    private KafkaBrokerMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: KafkaBrokerMain <port> <controller-port> <log-dir>");
        }
        BrokerConfig config = new BrokerConfig(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        Path properties = config.write();
        if (!config.isFormatted()) {
            String clusterId = Uuid.randomUuid().toString();
            log.info("Formatting {} for cluster {}", config.logDir(), clusterId);
            int code = StorageTool.execute(
                    new String[] {"format", "--cluster-id", clusterId, "--config", properties.toString()}, System.out);
            if (code != 0) {
                throw new IllegalStateException("kafka-storage format exited with " + code);
            }
        }
        log.info("Starting Kafka broker on localhost:{} (controller {})", config.port(), config.controllerPort());
        Kafka.main(new String[] {properties.toString()});
    }
}
