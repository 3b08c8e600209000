@NullMarked
package io.loadcast.registry.audit.store;

import org.jspecify.annotations.NullMarked;
