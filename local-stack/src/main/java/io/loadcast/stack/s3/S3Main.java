package io.loadcast.stack.s3;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An S3-protocol server (s3proxy) over a directory, with AWS signature checks on, so code under test talks
 * to it exactly as to AWS S3.
 *
 * <p>Arguments: {@code <port> <base-dir> <bucket> <credentials-file>}. The credentials are read from a file
 * rather than the command line, which any local user can see in {@code ps}.
 */
public final class S3Main {

    private static final Logger log = LoggerFactory.getLogger(S3Main.class);

    private S3Main() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: S3Main <port> <base-dir> <bucket> <credentials-file>");
        }
        int port = Integer.parseInt(args[0]);
        Path baseDir = Path.of(args[1]).toAbsolutePath();
        String bucket = args[2];
        S3Credentials credentials = S3Credentials.read(Path.of(args[3]));
        Files.createDirectories(baseDir);

        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", baseDir.toString());
        BlobStore blobStore = BlobStores.create("filesystem-nio2", properties);
        if (!blobStore.containerExists(bucket)) {
            blobStore.createContainer(bucket);
            log.info("Created bucket {}", bucket);
        }
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobStore)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(
                        AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(), credentials.secretAccessKey())
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(proxy), "s3-stop"));
        proxy.start();
        log.info("S3 server on http://localhost:{} storing in {}", port, baseDir);
        new CountDownLatch(1).await();
    }

    private static void stop(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception e) {
            log.warn("S3 server did not stop cleanly", e);
        }
    }
}
