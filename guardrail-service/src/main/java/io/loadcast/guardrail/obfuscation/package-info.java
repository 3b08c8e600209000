@NullMarked
package io.loadcast.guardrail.obfuscation;

import org.jspecify.annotations.NullMarked;
