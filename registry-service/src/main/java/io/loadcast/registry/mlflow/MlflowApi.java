package io.loadcast.registry.mlflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a controller that speaks the MLflow REST API, so its errors take MLflow's shape instead of RFC 9457. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MlflowApi {}
