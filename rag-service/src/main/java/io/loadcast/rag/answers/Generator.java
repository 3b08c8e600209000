package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.PromptVariant;
import java.util.List;

/** Writes an answer from numbered sources only. */
interface Generator {

    Generation generate(String question, List<Source> sources, PromptVariant variant);

    /** The provider's name for metrics and logs: {@code offline}, {@code openai} or {@code gemini}. */
    String provider();
}
