/** REST API of serving bindings, their audit trail and takeover decisions. */
@NullMarked
package io.loadcast.forecast.bindings.web;

import org.jspecify.annotations.NullMarked;
