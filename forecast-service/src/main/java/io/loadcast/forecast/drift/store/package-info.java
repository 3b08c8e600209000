/** PostgreSQL storage of drift references (Flyway schema {@code db/migration}). */
@NullMarked
package io.loadcast.forecast.drift.store;

import org.jspecify.annotations.NullMarked;
