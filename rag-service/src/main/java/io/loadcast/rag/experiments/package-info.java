/** Prompt A/B experiments: versioned templates, sticky assignment by session, feedback and a significance test. */
@NullMarked
package io.loadcast.rag.experiments;

import org.jspecify.annotations.NullMarked;
