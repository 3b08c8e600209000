/** Producing raw readings and watching topics for the events the journey expects. */
@NullMarked
package io.loadcast.e2e.kafka;

import org.jspecify.annotations.NullMarked;
