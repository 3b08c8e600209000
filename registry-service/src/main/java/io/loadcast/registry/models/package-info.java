/** MLflow model registry: registered models, versions, stages, tags and aliases. */
@NullMarked
package io.loadcast.registry.models;

import org.jspecify.annotations.NullMarked;
