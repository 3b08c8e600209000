@NullMarked
package io.loadcast.guardrail.moderation;

import org.jspecify.annotations.NullMarked;
