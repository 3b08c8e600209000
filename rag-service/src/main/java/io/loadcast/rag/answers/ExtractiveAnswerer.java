package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.PromptVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answerer used when no LLM provider is configured. It writes nothing of its own: the answer is the retrieved
 * sentences that share the most content words with the question (each cited), at most the variant's
 * {@code maxSentences}. A sentence must share two content words (one for one-word questions) to count; when none
 * does, the answer says plainly that nothing relevant was found.
 */
final class ExtractiveAnswerer implements Generator {

    static final String NOTHING_FOUND = "I found nothing relevant to this question in the indexed documents.";

    private record Candidate(Source source, String sentence, double score) {}

    @Override
    public Generation generate(String question, List<Source> sources, PromptVariant variant) {
        Set<String> asked = Sentences.terms(question);
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < sources.size(); rank++) {
            Source source = sources.get(rank);
            boolean forecast = source.documentId().startsWith("forecast:");
            for (String sentence : Sentences.split(source.text())) {
                Set<String> words = Sentences.terms(sentence);
                long shared = words.stream().filter(asked::contains).count();
                if (forecast || shared >= Math.min(2, asked.size()) && shared > 0) {
                    // forecasts answer "will" questions whatever their wording; earlier sources break ties
                    double score = (forecast ? 1.0 : (double) shared / asked.size()) + 0.01 / (rank + 1);
                    candidates.add(new Candidate(source, sentence, score));
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<Candidate> chosen = candidates.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .filter(c -> seen.add(c.sentence()))
                .limit(variant.maxSentences())
                .toList();
        if (chosen.isEmpty()) {
            return new Generation(NOTHING_FOUND, List.of(), 0, 0);
        }
        Map<Integer, Citation> citations = new LinkedHashMap<>();
        StringBuilder answer = new StringBuilder();
        for (Candidate c : chosen) {
            Source s = c.source();
            citations.merge(
                    s.number(),
                    new Citation(s.documentId(), s.title(), s.chunkId(), c.sentence()),
                    (a, b) -> new Citation(a.documentId(), a.title(), a.chunkId(), a.quote() + " … " + b.quote()));
            answer.append(answer.length() == 0 ? "" : " ")
                    .append(c.sentence())
                    .append(" [")
                    .append(s.number())
                    .append(']');
        }
        return new Generation(answer.toString(), List.copyOf(citations.values()), 0, 0);
    }

    @Override
    public String provider() {
        return "offline";
    }
}
