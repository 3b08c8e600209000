package io.loadcast.rag.stubs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/** registry-service's {@code GET /api/v1/models/{name}/canary}: forecast-gb-nd has version 8 on 10% of traffic. */
public final class RegistryStub implements AutoCloseable {

    private final HttpServer server;

    public RegistryStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/models/", exchange -> {
            if (!exchange.getRequestURI().getPath().equals("/api/v1/models/forecast-gb-nd/canary")) {
                Json.problem(exchange, 404, "resource-does-not-exist", "Model has no canary");
                return;
            }
            Json.send(
                    exchange,
                    200,
                    Map.of(
                            "modelName",
                            "forecast-gb-nd",
                            "championVersion",
                            "7",
                            "canaryVersion",
                            "8",
                            "share",
                            0.1,
                            "marginPercent",
                            10.0,
                            "windowSize",
                            20,
                            "state",
                            "ACTIVE",
                            "canaryMeanError",
                            812.5,
                            "championMeanError",
                            840.0));
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
