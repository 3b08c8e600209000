package io.loadcast.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ports nothing listens on right now, never the same one twice in this JVM (a port freed by the probe socket
 * could otherwise be handed out again before its part binds it), and never the local stack's fixed ones.
 */
final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Set<Integer> LOCAL_STACK = Set.of(9092, 9093, 15432, 9000);

    private FreePorts() {}

    static int next() {
        while (true) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean localStack = LOCAL_STACK.contains(port) || (port >= 8080 && port <= 8089);
            if (!localStack && HANDED_OUT.add(port)) {
                return port;
            }
        }
    }
}
