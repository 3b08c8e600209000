/** Artifacts behind MLflow's artifact proxy API, on local disk or S3, with SHA-256 checksums. */
@NullMarked
package io.loadcast.registry.artifacts;

import org.jspecify.annotations.NullMarked;
