/** Reading the responses of the public data APIs, without I/O. */
@NullMarked
package io.loadcast.ingest.connectors.domain;

import org.jspecify.annotations.NullMarked;
