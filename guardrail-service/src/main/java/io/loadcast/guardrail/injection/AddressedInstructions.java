package io.loadcast.guardrail.injection;

import java.util.regex.Pattern;

/**
 * Cues of an order addressed to the AI that reads a retrieved passage (Greshake et al. 2023, "Not what you've
 * signed up for"; BIPIA): a document speaks about its subject to a human reader, so a segment that names the AI
 * reader ("assistant", "AI", "language model", "system:") or the chat it sits in ("the user's question", "your
 * answer", "previous instructions", "when you summarise") AND gives an order ("tell", "reply", "ignore", "must", ...)
 * is out of place in a passage, however polite. Only for passages: a prompt is addressed to the assistant by nature.
 * Written from that description, then its false positives measured on benign passages (see the module README).
 */
public final class AddressedInstructions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The AI reader named as the addressee. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "\\b(ai|a\\.i\\.|assistants?|chat ?bots?|llms?|language models?|(ai|summari[sz]ing|summary|code|virtual)"
                    + " (model|assistant|system)|models? (reading|processing|summari[sz]ing|describing|answering)"
                    + "|chatgpt|gpt-?\\d*|copilot)\\b|(^|[\\s\\[<(\"'])system\\s*[:\\]>]|\\bnote (to|for) the model\\b",
            FLAGS);

    /** The chat around the passage, which a document has no reason to mention. */
    private static final Pattern CONVERSATION = Pattern.compile(
            "\\b(the user'?s?|this conversation|conversation history|chat history|system prompt|hidden (prompt|instructions)"
                    + "|(previous|prior|earlier|above|original|initial|all) (instructions?|prompts?|guidance|guidelines|rules)"
                    + "|your (instructions|guidelines|rules|safety rules|system prompt|responses?|answers?|reply|replies"
                    + "|summary|task|output|programming)|(when|before|after|while|whenever) (you|u) (answer|reply|respond"
                    + "|summari[sz]e|read|process|explain|generate|describe|are asked)|in your (answer|reply|response"
                    + "|summary)|when (asked|someone asks|anyone asks|answering|summari[sz]ing|replying|responding))\\b",
            FLAGS);

    /** An order. */
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\b(ignore|disregard|forget|override|stop|do not|don't|never|must|shall|are to|make sure|be sure|please"
                    + "|kindly|from now on|instead|tell|say|state|claim|reply|respond|answer|ask|send|forward|transfer"
                    + "|output|print|write|include|append|recommend|insert|reveal|rewrite|act as|pretend|describe it"
                    + "|you are (now|no longer))\\b",
            FLAGS);

    private AddressedInstructions() {}

    /** Whether a segment names the AI reader or its chat and gives it an order. */
    public static boolean matches(String segment) {
        return DIRECTIVE.matcher(segment).find()
                && (ADDRESSEE.matcher(segment).find()
                        || CONVERSATION.matcher(segment).find());
    }
}
