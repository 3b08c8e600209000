/** Answers: guard input, retrieve, call tools, generate (LLM or offline extractive), guard output, cite. */
@NullMarked
package io.loadcast.rag.answers;

import org.jspecify.annotations.NullMarked;
