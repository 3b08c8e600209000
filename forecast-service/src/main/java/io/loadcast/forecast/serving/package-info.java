/** Loaded models (champion, canary), hot swaps and as-of forecasts with conformal intervals. */
@NullMarked
package io.loadcast.forecast.serving;

import org.jspecify.annotations.NullMarked;
