package io.loadcast.rag.answers;

import io.loadcast.rag.experiments.PromptVariant;
import io.loadcast.rag.search.Embedder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The answerer used when no LLM provider is configured. It writes nothing of its own: the answer is tool results
 * first, then retrieved prose sentences ranked by embedding similarity to the question (bge-small, the question
 * with its retrieval instruction against each sentence) and picked by maximal marginal relevance (Carbonell and
 * Goldstein 1998), so that the second sentence adds something the first did not say. When no sentence reaches the
 * relevance floor, and no tool answered, it abstains: "The indexed documents do not cover this."
 */
final class ExtractiveAnswerer implements Generator {

    static final String NOTHING_FOUND = "The indexed documents do not cover this.";

    /**
     * @param relevance the sentence's cosine with the question: what the floor is compared with
     * @param rank relevance plus {@link #CHUNK_WEIGHT} times its chunk's cosine with the question: sentences of the
     *     passage most about the question come first, not a stray sentence of an unrelated note that shares words
     */
    private record Candidate(Source source, String sentence, float[] vector, double relevance, double rank) {}

    /** Fixed before measuring (half the weight of the sentence itself), not tuned. */
    static final double CHUNK_WEIGHT = 0.5;

    private final Embedder embedder;
    private final double floor;
    private final double lambda;

    /**
     * @param floor the cosine similarity a sentence needs to be quoted (chosen on held-out questions, see README)
     * @param lambda MMR's weight of relevance against novelty
     */
    ExtractiveAnswerer(Embedder embedder, double floor, double lambda) {
        this.embedder = embedder;
        this.floor = floor;
        this.lambda = lambda;
    }

    @Override
    public Generation generate(String question, List<Source> sources, PromptVariant variant) {
        List<Source> tools = sources.stream().filter(ExtractiveAnswerer::isTool).toList();
        List<Candidate> chosen = mmr(candidates(question, sources), variant.maxSentences() - Math.min(1, tools.size()));
        if (chosen.isEmpty() && tools.isEmpty()) {
            return Generation.offline(NOTHING_FOUND, List.of());
        }
        Map<Integer, Citation> citations = new LinkedHashMap<>();
        StringBuilder answer = new StringBuilder();
        for (Source tool : tools) {
            cite(answer, citations, tool, tool.text());
        }
        for (Candidate c : chosen) {
            cite(answer, citations, c.source(), c.sentence());
        }
        return Generation.offline(answer.toString(), List.copyOf(citations.values()));
    }

    /** The best relevance of any prose sentence of the sources: what the floor is compared with. */
    double topRelevance(String question, List<Source> sources) {
        return candidates(question, sources).stream()
                .mapToDouble(Candidate::relevance)
                .max()
                .orElse(0);
    }

    /** The candidate sentences best first by rank, as "rank relevance documentId: sentence" (for calibration). */
    List<String> explain(String question, List<Source> sources, int limit) {
        return candidates(question, sources).stream()
                .sorted((a, b) -> Double.compare(b.rank(), a.rank()))
                .limit(limit)
                .map(c -> String.format(
                        "%.3f %.3f %s: %s",
                        c.rank(),
                        c.relevance(),
                        c.source().documentId(),
                        c.sentence().substring(0, Math.min(160, c.sentence().length()))))
                .toList();
    }

    private List<Candidate> candidates(String question, List<Source> sources) {
        List<Source> owners = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Source source : sources) {
            if (isTool(source)) {
                continue;
            }
            for (String sentence : new LinkedHashSet<>(Sentences.split(source.text()))) {
                if (Prose.isProse(sentence)) {
                    owners.add(source);
                    sentences.add(sentence);
                }
            }
        }
        if (sentences.isEmpty()) {
            return List.of();
        }
        float[] q = embedder.embedQuery(question);
        List<float[]> vectors = embedder.embedAll(sentences);
        Map<Source, Double> chunks = chunkSimilarity(q, owners);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double relevance = dot(q, vectors.get(i));
            out.add(new Candidate(
                    owners.get(i),
                    sentences.get(i),
                    vectors.get(i),
                    relevance,
                    relevance + CHUNK_WEIGHT * chunks.getOrDefault(owners.get(i), 0.0)));
        }
        return out;
    }

    /** Each passage's cosine with the question, its title and section heading included (the index's own text). */
    private Map<Source, Double> chunkSimilarity(float[] q, List<Source> owners) {
        List<Source> distinct = new ArrayList<>(new LinkedHashSet<>(owners));
        List<float[]> vectors =
                embedder.embedAll(distinct.stream().map(Source::context).toList());
        Map<Source, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            out.put(distinct.get(i), dot(q, vectors.get(i)));
        }
        return out;
    }

    private List<Candidate> mmr(List<Candidate> candidates, int k) {
        List<Candidate> pool = new ArrayList<>(
                candidates.stream().filter(c -> c.relevance() >= floor).toList());
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < k && !pool.isEmpty()) {
            Candidate best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                double redundancy = chosen.stream()
                        .mapToDouble(s -> dot(s.vector(), c.vector()))
                        .max()
                        .orElse(0);
                double score = lambda * c.rank() - (1 - lambda) * redundancy;
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            chosen.add(best);
            pool.remove(best);
        }
        return chosen;
    }

    private static void cite(StringBuilder answer, Map<Integer, Citation> citations, Source s, String quote) {
        citations.merge(
                s.number(),
                new Citation(s.documentId(), s.title(), s.chunkId(), quote),
                (a, b) -> new Citation(a.documentId(), a.title(), a.chunkId(), a.quote() + " … " + b.quote()));
        answer.append(answer.length() == 0 ? "" : " ")
                .append(quote)
                .append(" [")
                .append(s.number())
                .append(']');
    }

    @Override
    public String provider() {
        return "offline";
    }

    static boolean isTool(Source source) {
        return source.documentId().startsWith("forecast:")
                || source.documentId().startsWith("tool:");
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
