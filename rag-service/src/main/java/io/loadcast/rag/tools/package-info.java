/**
 * Live facts for answers: the forecast, the serving model and its backtest, the canary, drift, a series' data
 * quality and recent training runs, read from forecast-, registry- and ingest-service. The offline answerer picks a
 * tool with {@link io.loadcast.rag.tools.IntentRouter}; a chat model picks one by tool calling over
 * {@link io.loadcast.rag.tools.OperatorTools}' {@code @Tool} methods.
 */
@NullMarked
package io.loadcast.rag.tools;

import org.jspecify.annotations.NullMarked;
