@NullMarked
package io.loadcast.guardrail.guard.domain;

import org.jspecify.annotations.NullMarked;
