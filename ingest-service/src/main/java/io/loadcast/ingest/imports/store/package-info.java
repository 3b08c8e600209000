/** The log of imported files by content hash. */
@NullMarked
package io.loadcast.ingest.imports.store;

import org.jspecify.annotations.NullMarked;
