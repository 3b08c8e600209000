/** Scheduled pulls from public data APIs (NESO CKAN datastore, Open-Meteo), off until a base URL is configured. */
@NullMarked
package io.loadcast.ingest.connectors;

import org.jspecify.annotations.NullMarked;
