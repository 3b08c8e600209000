/** The soak benchmark: the suite at the compass rates for minutes, errors, p99 and heap printed each minute. */
@NullMarked
package io.loadcast.e2e.bench;

import org.jspecify.annotations.NullMarked;
