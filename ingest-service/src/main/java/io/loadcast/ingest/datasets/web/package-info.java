/** REST API of datasets. */
@NullMarked
package io.loadcast.ingest.datasets.web;

import org.jspecify.annotations.NullMarked;
