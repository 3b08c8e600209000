/** Promotion by policy (metric improvement on the same dataset, optional approval) and canary shares with rollback. */
@NullMarked
package io.loadcast.registry.promotion;

import org.jspecify.annotations.NullMarked;
