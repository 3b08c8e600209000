package io.loadcast.stack.catalog;

import java.util.Map;

/**
 * One of the suite's services as the launcher sees it.
 *
 * @param module Maven module, also the jar name and the part name
 * @param port HTTP port
 * @param extraEnvironment variables only this service gets, on top of {@link ServiceEnvironment}'s table
 */
public record ServiceSpec(String module, int port, Map<String, String> extraEnvironment) {

    public ServiceSpec {
        extraEnvironment = Map.copyOf(extraEnvironment);
    }

    public ServiceSpec(String module, int port) {
        this(module, port, Map.of());
    }

    /** Each service owns one database, named after it without the {@code -service} suffix. */
    public String database() {
        return module.replaceFirst("-service$", "");
    }
}
