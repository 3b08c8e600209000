/** The operator console: static pages that call the loadcast services' public REST APIs from the browser. */
@NullMarked
package io.loadcast.console;

import org.jspecify.annotations.NullMarked;
