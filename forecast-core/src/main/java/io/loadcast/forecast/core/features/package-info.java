/** Model inputs that are legal at a forecast origin: look-back windows and calendar features. */
@NullMarked
package io.loadcast.forecast.core.features;

import org.jspecify.annotations.NullMarked;
