/**
 * The parts every loadcast service shares, wired by {@link io.loadcast.starter.LoadcastServiceAutoConfiguration}:
 * RFC 9457 problem responses, API keys for writes, and the OpenAPI description of the key scheme.
 */
@NullMarked
package io.loadcast.starter;

import org.jspecify.annotations.NullMarked;
