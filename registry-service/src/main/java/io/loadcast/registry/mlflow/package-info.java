/**
 * The MLflow REST protocol shared by the tracking, model and artifact features: error codes and body, the search
 * filter grammar and page tokens.
 */
@NullMarked
package io.loadcast.registry.mlflow;

import org.jspecify.annotations.NullMarked;
