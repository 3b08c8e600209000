/** REST API of readings and series. */
@NullMarked
package io.loadcast.ingest.readings.web;

import org.jspecify.annotations.NullMarked;
