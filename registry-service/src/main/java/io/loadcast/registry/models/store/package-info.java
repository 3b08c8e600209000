@NullMarked
package io.loadcast.registry.models.store;

import org.jspecify.annotations.NullMarked;
