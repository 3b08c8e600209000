package io.loadcast.guardrail.moderation;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Groundedness: the share of answer sentences supported by the contexts, a sentence being supported when at least
 * {@value #SUPPORT} of its content words (stop words removed, crudely stemmed) occur in one context, in the spirit of
 * the lexical-overlap baselines of RAGAS "faithfulness", and only when the context also states the sentence's
 * {@link Facts} (numbers with units, directions, named entities): "imports 4,100 MW" is not grounded in a context
 * that says 2,100 MW however many words they share. Relevance: the share of the question's content words the
 * answer takes up. Both are lexical, so paraphrase lowers them; they cost microseconds.
 */
@Component
public class GroundednessScorer {

    static final double SUPPORT = 0.6;
    static final double PARAPHRASE_SUPPORT = 0.3;

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there",
            "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "me", "my", "not",
            "no", "do", "does", "did", "so", "than", "then", "also", "can", "could", "would", "should", "will", "may",
            "might", "which", "who", "whom", "what", "when", "where", "why", "how", "about", "into", "over", "under",
            "more", "most", "such", "some", "any", "all", "each", "other", "has", "have", "had", "very", "just",
            "only");

    public double groundedness(String answer, List<String> contexts) {
        List<Set<String>> contextWords =
                contexts.stream().map(GroundednessScorer::contentWords).toList();
        List<Facts> contextFacts = contexts.stream().map(Facts::of).toList();
        List<String> lower =
                contexts.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        int sentences = 0;
        int supported = 0;
        for (String sentence : sentences(answer)) {
            Set<String> words = contentWords(sentence);
            if (words.isEmpty()) {
                continue;
            }
            sentences++;
            Facts facts = Facts.of(sentence);
            for (int i = 0; i < contexts.size(); i++) {
                if (supports(words, facts, contextWords.get(i), contextFacts.get(i), lower.get(i))) {
                    supported++;
                    break;
                }
            }
        }
        return sentences == 0 ? 1 : (double) supported / sentences;
    }

    /**
     * A context supports a sentence when it states all of the sentence's facts (quantities, directions, entities)
     * and shares enough of its words: {@value #SUPPORT} of them, or {@value #PARAPHRASE_SUPPORT} when the sentence
     * has facts and all of them check out (a faithful paraphrase keeps the facts and changes the wording).
     */
    private static boolean supports(
            Set<String> words, Facts facts, Set<String> context, Facts contextFacts, String contextLower) {
        if (!facts.supportedBy(contextFacts, contextLower)) {
            return false;
        }
        long found = words.stream().filter(context::contains).count();
        double needed = facts.isEmpty() ? SUPPORT : PARAPHRASE_SUPPORT;
        return found >= needed * words.size();
    }

    public double relevance(String question, String answer) {
        Set<String> asked = contentWords(question);
        if (asked.isEmpty()) {
            return 1;
        }
        Set<String> answered = contentWords(answer);
        return (double) asked.stream().filter(answered::contains).count() / asked.size();
    }

    static List<String> sentences(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            String s = text.substring(start, end).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (token.length() > 1 && !STOP.contains(token)) {
                words.add(stem(token));
            }
        }
        return words;
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))) {
            return w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
