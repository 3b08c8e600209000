package io.loadcast.registry.artifacts.store;

import io.loadcast.registry.artifacts.ArtifactStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Artifacts as objects in an S3 bucket under a prefix; directories are the '/'-delimited common prefixes. */
public final class S3ArtifactStore implements ArtifactStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3ArtifactStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public void put(String key, Path file, long size) {
        s3.putObject(b -> b.bucket(bucket).key(prefix + key).contentLength(size), RequestBody.fromFile(file));
    }

    @Override
    public Optional<InputStream> open(String key) {
        try {
            return Optional.of(s3.getObject(b -> b.bucket(bucket).key(prefix + key)));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Entry> list(String directory) {
        String dirPrefix = prefix + (directory.isEmpty() ? "" : directory + "/");
        List<Entry> entries = new ArrayList<>();
        String token = null;
        do {
            ListObjectsV2Request.Builder request = ListObjectsV2Request.builder()
                    .bucket(bucket)
                    .prefix(dirPrefix)
                    .delimiter("/");
            if (token != null) {
                request.continuationToken(token);
            }
            ListObjectsV2Response page = s3.listObjectsV2(request.build());
            for (CommonPrefix common : page.commonPrefixes()) {
                String name = common.prefix().substring(dirPrefix.length());
                entries.add(new Entry(name.substring(0, name.length() - 1), true, 0));
            }
            for (S3Object object : page.contents()) {
                entries.add(new Entry(object.key().substring(dirPrefix.length()), false, object.size()));
            }
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null);
        entries.sort(Comparator.comparing(Entry::name));
        return entries;
    }

    @Override
    public boolean delete(String key) {
        try {
            s3.headObject(
                    HeadObjectRequest.builder().bucket(bucket).key(prefix + key).build());
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
        s3.deleteObject(b -> b.bucket(bucket).key(prefix + key));
        return true;
    }

    @Override
    public void close() {
        s3.close();
    }
}
