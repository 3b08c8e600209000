/** Runs, metrics, artifacts and model versions in registry-service, behind {@link io.loadcast.forecast.registry.ModelRegistry}. */
@NullMarked
package io.loadcast.forecast.registry;

import org.jspecify.annotations.NullMarked;
