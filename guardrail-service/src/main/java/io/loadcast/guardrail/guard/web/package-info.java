@NullMarked
package io.loadcast.guardrail.guard.web;

import org.jspecify.annotations.NullMarked;
