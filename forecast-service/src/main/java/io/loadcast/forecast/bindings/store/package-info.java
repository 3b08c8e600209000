/** Bindings, their audit trail and takeover decisions in PostgreSQL. */
@NullMarked
package io.loadcast.forecast.bindings.store;

import org.jspecify.annotations.NullMarked;
