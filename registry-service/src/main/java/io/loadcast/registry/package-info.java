/** MLflow-compatible experiment tracking and model registry with policy promotion, canary, audit, lineage and S3 artifacts. */
@NullMarked
package io.loadcast.registry;

import org.jspecify.annotations.NullMarked;
