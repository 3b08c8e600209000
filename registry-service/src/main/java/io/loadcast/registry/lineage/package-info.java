/** Lineage of a model version: run, dataset snapshot and hash, code version. */
@NullMarked
package io.loadcast.registry.lineage;

import org.jspecify.annotations.NullMarked;
