/** REST endpoints for forecasts and champion models. */
@NullMarked
package io.loadcast.forecast.serving.web;

import org.jspecify.annotations.NullMarked;
