package io.loadcast.guardrail.injection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;

/** Readers for the public prompt-injection sets in {@code shared/data/prompt-injection} and a seeded split. */
public final class InjectionDatasets {

    private static final CSVFormat HEADED =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private InjectionDatasets() {}

    /** deepset/prompt-injections train split: {@code row,text,label}. */
    public static List<LabelledText> deepset(Path csv) throws IOException {
        return read(csv, r -> new LabelledText(r.get("text"), "1".equals(r.get("label")), "deepset"));
    }

    /** Giskard attack prompts (all attacks), grouped by attack family. */
    public static List<LabelledText> giskard(Path csv) throws IOException {
        return read(csv, r -> new LabelledText(r.get("prompt"), true, r.get("group")));
    }

    /** navirocker red-team prompts (all attacks), grouped by category. */
    public static List<LabelledText> navirocker(Path csv) throws IOException {
        return read(csv, r -> new LabelledText(r.get("prompt"), true, r.get("category")));
    }

    /** Natural Questions open dev questions, all benign. */
    public static List<LabelledText> naturalQuestions(Path jsonl) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledText> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(new LabelledText(json.readTree(line).path("question").asString(), false, "nq"));
            }
        }
        return out;
    }

    /** SciFact claims (BEIR queries), all benign: ordinary statements that are not instructions. */
    public static List<LabelledText> scifactClaims(Path jsonl) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledText> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(new LabelledText(json.readTree(line).path("text").asString(), false, "scifact-claim"));
            }
        }
        return out;
    }

    /**
     * Every {@code stride}-th SciFact abstract, cut to {@code maxChars}: long benign passages, so that length alone
     * does not look like an attack (retrieved documents are long).
     */
    public static List<LabelledText> scifactPassages(Path corpusGz, int stride, int maxChars) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<LabelledText> out = new ArrayList<>();
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(Files.newInputStream(corpusGz)), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), i++) {
                if (i % stride == 0 && !line.isBlank()) {
                    String text = json.readTree(line).path("text").asString();
                    out.add(new LabelledText(
                            text.substring(0, Math.min(maxChars, text.length())), false, "scifact-passage"));
                }
            }
        }
        return out;
    }

    /** The three parts of a stratified split. */
    public record Split(List<LabelledText> train, List<LabelledText> validation, List<LabelledText> test) {}

    /** Stratified 60/20/20 split, shuffled with {@code seed} so every run gives the same parts. */
    public static Split split(List<LabelledText> all, long seed) {
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> validation = new ArrayList<>();
        List<LabelledText> test = new ArrayList<>();
        Random random = new Random(seed);
        for (boolean label : new boolean[] {true, false}) {
            List<LabelledText> part = new ArrayList<>(
                    all.stream().filter(t -> t.injection() == label).toList());
            java.util.Collections.shuffle(part, random);
            int trainEnd = (int) Math.round(part.size() * 0.6);
            int validationEnd = (int) Math.round(part.size() * 0.8);
            train.addAll(part.subList(0, trainEnd));
            validation.addAll(part.subList(trainEnd, validationEnd));
            test.addAll(part.subList(validationEnd, part.size()));
        }
        return new Split(train, validation, test);
    }

    private interface RowMapper {
        LabelledText map(CSVRecord record);
    }

    private static List<LabelledText> read(Path csv, RowMapper mapper) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<LabelledText> out = new ArrayList<>();
            for (CSVRecord record : HEADED.parse(reader)) {
                out.add(mapper.map(record));
            }
            return out;
        }
    }
}
