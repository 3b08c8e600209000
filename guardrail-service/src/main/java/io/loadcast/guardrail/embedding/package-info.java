@NullMarked
package io.loadcast.guardrail.embedding;

import org.jspecify.annotations.NullMarked;
