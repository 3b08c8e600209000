/** MLflow experiment tracking: experiments, runs, params, tags and metrics. */
@NullMarked
package io.loadcast.registry.tracking;

import org.jspecify.annotations.NullMarked;
