/** Model lifecycle events on ml.model-events.v1 through a transactional outbox. */
@NullMarked
package io.loadcast.registry.events;

import org.jspecify.annotations.NullMarked;
