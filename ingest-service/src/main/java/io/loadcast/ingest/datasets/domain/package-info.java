/** The canonical content of a dataset and its summary. */
@NullMarked
package io.loadcast.ingest.datasets.domain;

import org.jspecify.annotations.NullMarked;
