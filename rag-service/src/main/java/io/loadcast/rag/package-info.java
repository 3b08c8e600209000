/** The guarded RAG assistant: documents, Lucene hybrid search, answers with citations, prompt A/B tests and a live-forecast tool. */
@NullMarked
package io.loadcast.rag;

import org.jspecify.annotations.NullMarked;
