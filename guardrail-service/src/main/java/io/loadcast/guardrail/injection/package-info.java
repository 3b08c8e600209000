@NullMarked
package io.loadcast.guardrail.injection;

import org.jspecify.annotations.NullMarked;
