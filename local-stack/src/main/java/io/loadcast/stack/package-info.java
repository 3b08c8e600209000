@NullMarked
package io.loadcast.stack;

import org.jspecify.annotations.NullMarked;
