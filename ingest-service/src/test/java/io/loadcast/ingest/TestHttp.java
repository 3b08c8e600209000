package io.loadcast.ingest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** HTTP calls of the integration tests, with the API key. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;

    public TestHttp(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) throws Exception {
        return HTTP.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        return upload(path, fileName, new ByteArrayInputStream(content), content.length);
    }

    /** A multipart upload of {@code length} bytes streamed from {@code content}. */
    public HttpResponse<String> upload(String path, String fileName, InputStream content, long length)
            throws Exception {
        String boundary = "----loadcast" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream body = new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(head), content), new ByteArrayInputStream(tail));
        long total = head.length + length + tail.length;
        return HTTP.send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> body), total))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Api-Key", IngestIntegrationTest.API_KEY);
    }
}
