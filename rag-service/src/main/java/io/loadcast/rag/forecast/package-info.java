/** The live-forecast tool: questions about upcoming demand are answered from forecast-service. */
@NullMarked
package io.loadcast.rag.forecast;

import org.jspecify.annotations.NullMarked;
