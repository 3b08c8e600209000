/** Weather rows and the reader of the shared weather files. */
@NullMarked
package io.loadcast.ingest.weather.domain;

import org.jspecify.annotations.NullMarked;
