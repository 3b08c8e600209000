package io.loadcast.rag.answers;

import java.util.Locale;

/** Which configured chat model answers: the small one for simple questions, the large one for complex ones. */
public enum ModelTier {
    /** No chat model: the offline extractive answerer; costs nothing. */
    OFFLINE,
    SMALL,
    LARGE;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
