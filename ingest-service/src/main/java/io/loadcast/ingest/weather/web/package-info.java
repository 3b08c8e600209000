/** The weather REST API and the weather file import. */
@NullMarked
package io.loadcast.ingest.weather.web;

import org.jspecify.annotations.NullMarked;
