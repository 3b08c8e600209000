/** PostgreSQL storage of training runs (Flyway schema {@code db/migration}). */
@NullMarked
package io.loadcast.forecast.training.store;

import org.jspecify.annotations.NullMarked;
