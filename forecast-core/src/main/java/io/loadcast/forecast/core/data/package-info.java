/** Half-hourly series with explicit gaps. */
@NullMarked
package io.loadcast.forecast.core.data;

import org.jspecify.annotations.NullMarked;
