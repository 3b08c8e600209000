@NullMarked
package io.loadcast.stack.postgres;

import org.jspecify.annotations.NullMarked;
