package io.loadcast.forecast.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The service running in the shared integration context, its HTTP client, and the ingest and registry stubs it
 * talks to: the common fields of the tests that drive the service over its REST API.
 */
@ForecastIntegrationTest
public abstract class RunningServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected IngestStub ingest;

    @Autowired
    protected RegistryStub registry;

    protected Http http;

    @BeforeEach
    protected void connect() {
        http = new Http(port);
    }
}
