@NullMarked
package io.loadcast.registry.tracking.store;

import org.jspecify.annotations.NullMarked;
