/** The servable artifact: a model with its conformal intervals and backtest summary, as one file. */
@NullMarked
package io.loadcast.forecast.core.artifact;

import org.jspecify.annotations.NullMarked;
