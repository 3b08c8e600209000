/** The forecasting core in plain Java: series, features, trainers, models, evaluation and conformal intervals. */
@NullMarked
package io.loadcast.forecast.core;

import org.jspecify.annotations.NullMarked;
