@NullMarked
package io.loadcast.registry.promotion.store;

import org.jspecify.annotations.NullMarked;
