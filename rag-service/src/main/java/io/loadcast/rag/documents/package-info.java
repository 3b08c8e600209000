/** Documents in: text extraction (Apache Tika), chunking by heading and sentence, folder sync, ingestion jobs. */
@NullMarked
package io.loadcast.rag.documents;

import org.jspecify.annotations.NullMarked;
