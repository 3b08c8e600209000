/** Storage of frozen datasets. */
@NullMarked
package io.loadcast.ingest.datasets.store;

import org.jspecify.annotations.NullMarked;
