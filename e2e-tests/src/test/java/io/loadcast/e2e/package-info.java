/** The end-to-end journey across the whole suite. */
@NullMarked
package io.loadcast.e2e;

import org.jspecify.annotations.NullMarked;
