/** The search feature's store adapters. */
@NullMarked
package io.loadcast.rag.search.store;

import org.jspecify.annotations.NullMarked;
