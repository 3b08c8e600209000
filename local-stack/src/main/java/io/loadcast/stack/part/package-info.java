@NullMarked
package io.loadcast.stack.part;

import org.jspecify.annotations.NullMarked;
