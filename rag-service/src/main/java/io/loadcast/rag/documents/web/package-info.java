/** The documents feature's HTTP adapter. */
@NullMarked
package io.loadcast.rag.documents.web;

import org.jspecify.annotations.NullMarked;
