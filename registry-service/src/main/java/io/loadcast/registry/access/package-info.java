/** MLflow-style permissions (READ, EDIT, MANAGE) of API keys per experiment and registered model. */
@NullMarked
package io.loadcast.registry.access;

import org.jspecify.annotations.NullMarked;
