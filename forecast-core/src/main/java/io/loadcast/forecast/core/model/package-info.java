/**
 * Trainers and trained models (seasonal-naive, linear, LSTM, GRU, day-ahead, RLinear) with their provenance and
 * codec.
 */
@NullMarked
package io.loadcast.forecast.core.model;

import org.jspecify.annotations.NullMarked;
