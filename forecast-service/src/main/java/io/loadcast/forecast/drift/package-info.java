/** Live error and input drift against the training reference; the retraining policy. */
@NullMarked
package io.loadcast.forecast.drift;

import org.jspecify.annotations.NullMarked;
