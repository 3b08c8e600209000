/** REST API of NESO imports. */
@NullMarked
package io.loadcast.ingest.imports.web;

import org.jspecify.annotations.NullMarked;
