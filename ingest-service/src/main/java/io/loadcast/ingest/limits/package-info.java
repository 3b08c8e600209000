/** Limits on what one request and one caller may cost: body size before buffering, write rate per caller. */
@NullMarked
package io.loadcast.ingest.limits;

import org.jspecify.annotations.NullMarked;
