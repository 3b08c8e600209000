/** Drift statistics: KS, PSI, Wasserstein. */
@NullMarked
package io.loadcast.forecast.drift.domain;

import org.jspecify.annotations.NullMarked;
