/** Parsing NESO files: date formats, settlement periods, column series, quality checks. */
@NullMarked
package io.loadcast.ingest.imports.domain;

import org.jspecify.annotations.NullMarked;
