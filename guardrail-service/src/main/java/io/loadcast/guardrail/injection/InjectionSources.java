package io.loadcast.guardrail.injection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every labelled prompt source in {@code shared/data/prompt-injection} and {@code prompt-injection-extra}, one
 * {@link Source} per publisher (the unit of leave-one-source-out validation), plus benign SciFact text. Harmful
 * requests without an attack (AdvBench, HarmBench, forbidden questions, XSTest unsafe) are benign for the injection
 * label, as their publishers label them; the harm check treats them separately.
 */
public final class InjectionSources {

    /** A named source and its texts (each text's group is the source name). */
    public record Source(String name, List<LabelledText> texts) {}

    static final String POOL = "prompt-injection-extra/training_pool.jsonl.gz";

    private InjectionSources() {}

    /** All sources under {@code dataRoot} (the shared data directory). */
    public static List<Source> load(Path dataRoot) throws IOException {
        Path pi = dataRoot.resolve("prompt-injection");
        Map<String, List<LabelledText>> by = new LinkedHashMap<>();
        put(by, "deepset", InjectionDatasets.deepset(pi.resolve("deepset_prompt_injections_train.csv")));
        put(by, "giskard", InjectionDatasets.giskard(pi.resolve("giskard_prompt_injections.csv")));
        put(
                by,
                "navirocker-jailbreaking",
                InjectionDatasets.navirocker(pi.resolve("navirocker_redteam_master_dataset.csv")).stream()
                        .filter(t -> t.group().equals("jailbreaking"))
                        .toList());
        put(by, "nq-open", InjectionDatasets.naturalQuestions(pi.resolve("nq_open_dev_questions_benign.jsonl")));
        Path scifact = dataRoot.resolve("beir-scifact");
        put(by, "scifact-claims", InjectionDatasets.scifactClaims(scifact.resolve("queries.jsonl")));
        put(by, "scifact-abstracts", InjectionDatasets.scifactPassages(scifact.resolve("corpus.jsonl.gz"), 26, 1500));
        for (PoolRow row : pool(dataRoot.resolve(POOL))) {
            by.computeIfAbsent(row.source(), k -> new ArrayList<>())
                    .add(new LabelledText(row.text(), row.injection(), row.source()));
        }
        List<Source> out = new ArrayList<>();
        by.forEach((name, texts) -> out.add(new Source(name, capped(texts))));
        return out;
    }

    /** The harmful requests of the extra pool (label {@code harmful = 1}, attack or not), by source. */
    public static List<LabelledText> harmful(Path dataRoot) throws IOException {
        return pool(dataRoot.resolve(POOL)).stream()
                .filter(PoolRow::harmful)
                .map(r -> new LabelledText(r.text(), true, r.source()))
                .toList();
    }

    /** One row of the extra pool, with its source shortened to a stable name. */
    public record PoolRow(String text, boolean injection, boolean harmful, String source) {}

    public static List<PoolRow> pool(Path gz) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<PoolRow> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    String source = shortName(n.path("source").asString());
                    out.add(new PoolRow(
                            n.path("text").asString(),
                            n.path("injection").asInt() == 1,
                            n.path("harmful").asInt(0) == 1,
                            source));
                }
            }
        }
        return out;
    }

    /** "teknium1/GPTeacher:codegen-instruct.json" -> "gpteacher-codegen"; one name per publisher otherwise. */
    static String shortName(String source) {
        String repo = source.substring(0, source.indexOf(':'));
        String file = source.substring(source.indexOf(':') + 1);
        return switch (repo) {
            case "teknium1/GPTeacher" -> file.startsWith("codegen") ? "gpteacher-codegen" : "gpteacher-roleplay";
            case "verazuo/jailbreak_llms" ->
                file.startsWith("forbidden") ? "forbidden-questions" : "verazuo-jailbreaks";
            default -> repo.substring(repo.indexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * Every k-th text of a source larger than {@link #MAX_PER_SOURCE}: the three big benign sources (NQ, GPTeacher)
     * would otherwise cost most of the embedding time and add little that their first thousand texts do not show.
     */
    static List<LabelledText> capped(List<LabelledText> texts) {
        int stride = (texts.size() + MAX_PER_SOURCE - 1) / MAX_PER_SOURCE;
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i += stride) {
            out.add(texts.get(i));
        }
        return List.copyOf(out);
    }

    static final int MAX_PER_SOURCE = 600;

    private static void put(Map<String, List<LabelledText>> by, String name, List<LabelledText> texts) {
        by.put(
                name,
                texts.stream()
                        .map(t -> new LabelledText(t.text(), t.injection(), name))
                        .toList());
    }
}
