@NullMarked
package io.loadcast.stack.catalog;

import org.jspecify.annotations.NullMarked;
