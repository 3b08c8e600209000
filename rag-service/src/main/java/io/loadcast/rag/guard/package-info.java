/** The client of guardrail-service: input and output checks that fail closed. */
@NullMarked
package io.loadcast.rag.guard;

import org.jspecify.annotations.NullMarked;
