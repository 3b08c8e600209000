@NullMarked
package io.loadcast.guardrail.guard.store;

import org.jspecify.annotations.NullMarked;
