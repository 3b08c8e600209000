/** Imports of NESO historic demand files with a data-quality report. */
@NullMarked
package io.loadcast.ingest.imports;

import org.jspecify.annotations.NullMarked;
