/** The experiments feature's HTTP adapter. */
@NullMarked
package io.loadcast.rag.experiments.web;

import org.jspecify.annotations.NullMarked;
