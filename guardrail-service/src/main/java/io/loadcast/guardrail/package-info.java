/** Prompt-injection, PII, toxicity, topic and groundedness checks for the assistant, with an audit log. */
@NullMarked
package io.loadcast.guardrail;

import org.jspecify.annotations.NullMarked;
