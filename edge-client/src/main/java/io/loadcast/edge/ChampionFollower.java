package io.loadcast.edge;

import java.time.Duration;

/** Keeps {@link Champions} current in the background: by model events or by polling the registry. */
interface ChampionFollower extends AutoCloseable {

    /** Waits until the first look at every model's champion is done; false on timeout. */
    boolean awaitReady(Duration timeout) throws InterruptedException;

    @Override
    void close();
}
