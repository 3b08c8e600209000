package io.loadcast.rag.answers;

import io.loadcast.rag.RagProperties;

/** The configured prices per thousand tokens of the small and the large model; offline answers cost nothing. */
record Prices(RagProperties.Price small, RagProperties.Price large) {

    double cost(ModelTier tier, int inputTokens, int outputTokens) {
        RagProperties.Price price = switch (tier) {
            case OFFLINE -> new RagProperties.Price(0, 0);
            case SMALL -> small;
            case LARGE -> large;
        };
        return inputTokens / 1000.0 * price.inputPer1k() + outputTokens / 1000.0 * price.outputPer1k();
    }
}
