/**
 * The edge client: follows the champion of its models, verifies and loads the artifact with forecast-core, and
 * forecasts locally from the device's own readings with the same steps as forecast-service.
 */
@NullMarked
package io.loadcast.edge;

import org.jspecify.annotations.NullMarked;
