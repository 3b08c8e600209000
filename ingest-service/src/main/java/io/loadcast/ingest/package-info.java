/** Readings from edge devices (Kafka) and from NESO historic demand files, validated, stored without loss and frozen as dataset snapshots. */
@NullMarked
package io.loadcast.ingest;

import org.jspecify.annotations.NullMarked;
