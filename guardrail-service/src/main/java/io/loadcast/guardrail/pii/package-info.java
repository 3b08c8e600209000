@NullMarked
package io.loadcast.guardrail.pii;

import org.jspecify.annotations.NullMarked;
