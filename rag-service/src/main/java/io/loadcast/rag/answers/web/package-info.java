/** The answers feature's HTTP adapter. */
@NullMarked
package io.loadcast.rag.answers.web;

import org.jspecify.annotations.NullMarked;
