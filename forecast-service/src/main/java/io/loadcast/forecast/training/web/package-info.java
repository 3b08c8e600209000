/** REST endpoints for training runs and retraining requests. */
@NullMarked
package io.loadcast.forecast.training.web;

import org.jspecify.annotations.NullMarked;
