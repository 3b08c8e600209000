@NullMarked
package io.loadcast.registry.artifacts.store;

import org.jspecify.annotations.NullMarked;
