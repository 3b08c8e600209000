/** The search index: chunks with BM25 and HNSW vectors in Lucene, fused by reciprocal rank fusion. */
@NullMarked
package io.loadcast.rag.search;

import org.jspecify.annotations.NullMarked;
