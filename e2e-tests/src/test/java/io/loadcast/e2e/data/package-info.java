/** The synthetic demand series the journey feeds in. */
@NullMarked
package io.loadcast.e2e.data;

import org.jspecify.annotations.NullMarked;
