/** Calls forecast-service makes to other loadcast services: timeouts, bounded retries, a circuit breaker. */
@NullMarked
package io.loadcast.forecast.calls;

import org.jspecify.annotations.NullMarked;
