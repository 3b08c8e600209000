/**
 * Serving bindings are data: which registered model serves a series, set by an operator (audited) or by the
 * takeover rule after a same-window comparison; the audit trail of both.
 */
@NullMarked
package io.loadcast.forecast.bindings;

import org.jspecify.annotations.NullMarked;
