package io.loadcast.e2e.stack;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The five services, by Maven module; each but forecast and rag owns a database named after it. */
public enum SuiteService {
    INGEST("ingest-service"),
    FORECAST("forecast-service"),
    RAG("rag-service"),
    GUARDRAIL("guardrail-service"),
    REGISTRY("registry-service");

    private final String module;

    SuiteService(String module) {
        this.module = module;
    }

    public String module() {
        return module;
    }

    /** As in {@code ./loadcast up}: the module name without {@code -service}. */
    public String database() {
        return module.replaceFirst("-service$", "");
    }

    /** The databases PostgreSQL creates before the services start (the local stack creates all five). */
    static List<String> databases() {
        return Arrays.stream(values()).map(SuiteService::database).toList();
    }

    static Map<SuiteService, Integer> freePorts() {
        Map<SuiteService, Integer> ports = new EnumMap<>(SuiteService.class);
        for (SuiteService service : values()) {
            ports.put(service, FreePorts.next());
        }
        return ports;
    }
}
