/** PostgreSQL tables of the experiments: assignments by session and answered queries with their ratings. */
@NullMarked
package io.loadcast.rag.experiments.store;

import org.jspecify.annotations.NullMarked;
