/** Calls to sibling services: RestClient with timeouts, bounded retries and a circuit breaker. */
@NullMarked
package io.loadcast.rag.http;

import org.jspecify.annotations.NullMarked;
