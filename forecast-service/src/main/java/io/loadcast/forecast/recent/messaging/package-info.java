/** The readings topic as seen by this replica's own consumer group. */
@NullMarked
package io.loadcast.forecast.recent.messaging;

import org.jspecify.annotations.NullMarked;
