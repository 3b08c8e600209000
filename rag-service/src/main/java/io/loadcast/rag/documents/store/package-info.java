/** PostgreSQL storage of the documents and their change log. */
@NullMarked
package io.loadcast.rag.documents.store;

import org.jspecify.annotations.NullMarked;
