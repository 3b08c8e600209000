/** PostgreSQL storage of series and readings (COPY into a staging table, then one upsert). */
@NullMarked
package io.loadcast.ingest.readings.store;

import org.jspecify.annotations.NullMarked;
