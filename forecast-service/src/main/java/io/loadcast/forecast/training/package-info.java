/** Asynchronous training runs: data, training, backtest, registry logging. */
@NullMarked
package io.loadcast.forecast.training;

import org.jspecify.annotations.NullMarked;
