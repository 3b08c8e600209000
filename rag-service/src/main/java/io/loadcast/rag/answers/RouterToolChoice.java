package io.loadcast.rag.answers;

import io.loadcast.rag.tools.IntentRouter;
import io.loadcast.rag.tools.OperatorTools;
import java.util.List;

/** Offline: the embedding router's tool, if any, for the series the question names. */
final class RouterToolChoice implements ToolChoice {

    private final IntentRouter router;
    private final OperatorTools tools;

    RouterToolChoice(IntentRouter router, OperatorTools tools) {
        this.router = router;
        this.tools = tools;
    }

    @Override
    public Chosen choose(String question) {
        List<Call> calls = router.route(question).tool().stream()
                .map(kind -> new Call(kind, tools.seriesIn(question)))
                .toList();
        return new Chosen(calls, 0, 0);
    }
}
