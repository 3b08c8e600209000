/** Starts and stops the suite (KRaft broker, PostgreSQL, the five service jars) as child processes. */
@NullMarked
package io.loadcast.e2e.stack;

import org.jspecify.annotations.NullMarked;
