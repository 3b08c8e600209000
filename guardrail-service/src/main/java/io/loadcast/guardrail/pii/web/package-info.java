@NullMarked
package io.loadcast.guardrail.pii.web;

import org.jspecify.annotations.NullMarked;
