package io.loadcast.guardrail.injection;

import io.loadcast.guardrail.obfuscation.Deobfuscated;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hand-picked cues of instruction hijacking (English and German, as in the deepset data), used beside the sentence
 * embedding so the classifier sees both meaning and tell-tale phrasing. Names are stored with the model so a
 * model trained with a different list is refused at load.
 */
final class LexicalFeatures {

    private record Cue(String name, Pattern pattern) {}

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Cue> CUES = List.of(
            cue(
                    "override",
                    "\\b(ignore|disregard|forget|overlook|skip|bypass|override)\\b.{0,40}\\b(instructions?|rules|prompts?|directions|guidelines|context|everything|tasks?|above|previous|constraints|policy|polic(y|ies))\\b"),
            cue(
                    "override_de",
                    "\\b(ignorier\\w*|vergiss|vergessen|missacht\\w*|übergeh\\w*)\\b|\\b(alle|vorherigen?|obigen|bisherigen)\\b.{0,30}\\b(anweisungen|aufgaben|befehle|informationen)\\b"),
            cue(
                    "role_play",
                    "\\b(you are now|from now on|act as|acting as|pretend|roleplay|role-play|imagine you|you're going to|you will now|stell dir vor|tu so|du bist (jetzt|nun)|ab (jetzt|sofort)|nun bist du|spiel\\w* die rolle)\\b"),
            cue(
                    "exfiltration",
                    "\\b(system prompt|your instructions|initial prompt|hidden prompt|original prompt|reveal|password|secret|geheim\\w*|passwort|prompt (text|above)|print (your|the) (prompt|instructions))\\b"),
            cue(
                    "jailbreak",
                    "\\b(DAN|jailbreak\\w*|developer mode|do anything now|no restrictions|unfiltered|uncensored|without (any )?(restrictions|filters|limits|rules)|no (ethical|moral) (guidelines|limits))\\b"),
            cue(
                    "fiction_frame",
                    "\\b(hypothetical(ly)?|fictional|in a (story|novel|movie|game)|for (educational|research) purposes|purely (theoretical|academic)|stay in character|simulate|opposite mode|evil (ai|assistant|twin|mode)|unrestricted|no longer bound|not bound by|break free|without (ethics|morals|censorship))\\b"),
            cue(
                    "new_task",
                    "\\b(new (task|instructions?|rules)|neue aufgabe|now (write|say|answer|tell|you)|instead|stattdessen|nun (folgt|kommt|schreib\\w*)|jetzt (kommt|schreib\\w*|bist))\\b"),
            cue(
                    "output_control",
                    "\\b(say|output|print|respond with|answer with|reply with|antworte\\w*|sag\\w*|schreib\\w*|gib\\w* aus)\\b"),
            cue(
                    "attention",
                    "\\b(very important|extremely important|attention|achtung|stop|well done|gut gemacht|great job|excellent performance|sehr gut|super)\\b"),
            cue("delimiter", "```|###|-{4,}|={4,}|<\\|[^|]*\\|>|\\[INST\\]|</s>|<\\s*/?\\s*system\\s*>"),
            cue("reference", "\\b(previous|above|preceding|prior|earlier|vorherig\\w*|obig\\w*|bisherig\\w*|zuvor)\\b"),
            cue(
                    "ai_self",
                    "\\b(as an ai|language model|chatgpt|gpt-?\\d?|openai|llm|assistant|ki|künstliche intelligenz)\\b"),
            cue("question", "\\?"));

    static final int SIZE = CUES.size() + 3;

    private LexicalFeatures() {}

    static List<String> names() {
        List<String> names =
                new java.util.ArrayList<>(CUES.stream().map(Cue::name).toList());
        names.addAll(List.of("obfuscation", "upper_ratio", "starts_imperative"));
        return names;
    }

    static double[] of(Deobfuscated text) {
        String s = text.text();
        double[] f = new double[SIZE];
        for (int i = 0; i < CUES.size(); i++) {
            f[i] = CUES.get(i).pattern().matcher(s).find() ? 1 : 0;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        int k = CUES.size();
        f[k] = text.obfuscated() ? text.score() : 0;
        f[k + 1] = letters == 0 ? 0 : (double) upper / letters;
        f[k + 2] = IMPERATIVE.matcher(s).lookingAt() ? 1 : 0;
        return f;
    }

    private static final Pattern IMPERATIVE = Pattern.compile(
            "\\s*(ignore|forget|disregard|pretend|act|now|stop|write|say|tell|print|vergiss|ignoriere|schreibe?|sag|tu|stell)\\b",
            FLAGS);

    private static Cue cue(String name, String regex) {
        return new Cue(name, Pattern.compile(regex, FLAGS));
    }
}
