package io.loadcast.forecast.training;

import java.time.Instant;

/**
 * A run as the queue holds it: its id, the whole command, and when it was queued.
 *
 * @param id run id
 * @param command what to train
 * @param createdAt when it was queued
 */
public record QueuedRun(String id, TrainingCommand command, Instant createdAt) {}
