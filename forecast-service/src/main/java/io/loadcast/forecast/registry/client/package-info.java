/** The HTTP adapter speaking the MLflow REST API 2.0 of registry-service. */
@NullMarked
package io.loadcast.forecast.registry.client;

import org.jspecify.annotations.NullMarked;
