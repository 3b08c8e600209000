/** Weather covariates: forecasts with their issue time and actuals per location; the public facade of the feature. */
@NullMarked
package io.loadcast.ingest.weather;

import org.jspecify.annotations.NullMarked;
