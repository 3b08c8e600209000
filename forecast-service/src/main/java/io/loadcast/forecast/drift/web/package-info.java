/** REST endpoint for drift reports. */
@NullMarked
package io.loadcast.forecast.drift.web;

import org.jspecify.annotations.NullMarked;
