/** The search feature's web adapters. */
@NullMarked
package io.loadcast.rag.search.web;

import org.jspecify.annotations.NullMarked;
