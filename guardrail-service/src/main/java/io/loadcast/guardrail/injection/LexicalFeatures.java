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
            cue("question", "\\?"),
            // added in model v2: override verbs in French, Spanish, Italian, Dutch and Portuguese
            cue(
                    "override_multi",
                    "\\b(ignore[zs]?|oublie[zs]?|ignora[rd]?|olvida\\w*|dimentica\\w*|negeer|vergeet|esquece\\w*)\\b.{0,40}\\b(instructions?|instrucciones|istruzioni|instructies|instruções|règles|reglas|regole|regels|tout|todo|tutto|alles)\\b"),
            cue(
                    "instructions_de",
                    "\\b(anweisung\\w*|befehl\\w*|vorgaben|regeln|richtlinien|aufgabe\\w*|prompt\\w*)\\b"),
            cue(
                    "role_play_de",
                    "\\b(tu(e)? so,? als|stell dir vor|du bist (ein|eine|jetzt|nun|kein)|spiel\\w* (die rolle|eine?n?)|als ob du|verhalte dich|agier\\w* als)\\b"),
            cue(
                    "output_control_de",
                    "\\b(antworte\\w* (nur |ausschließlich )?(mit|auf)|gib\\w* (mir )?(nur )?(aus|wieder)|schreib\\w* (mir )?(einen|eine|ein|nur)|formulier\\w*|erstell\\w*|generier\\w*)\\b"),
            cue(
                    "question_then_order",
                    "\\?\\s*\\S[^?]{0,200}\\b(now|then|and then|but first|also|nun|jetzt|dann|aber zuerst|außerdem)\\b"));

    private static final List<String> EXTRA = List.of("obfuscation", "upper_ratio", "starts_imperative", "log_length");

    /** Every feature the code can compute, in the order a newly trained model uses them. */
    static final int SIZE = CUES.size() + EXTRA.size();

    private LexicalFeatures() {}

    static List<String> names() {
        List<String> names =
                new java.util.ArrayList<>(CUES.stream().map(Cue::name).toList());
        names.addAll(EXTRA);
        return names;
    }

    /**
     * The features named, in that order: a model stores the names it was trained with, so a model from before a
     * cue was added (v1) still gets exactly its own features.
     */
    static double[] of(Deobfuscated text, List<String> names) {
        double[] all = of(text);
        List<String> known = names();
        double[] f = new double[names.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = all[known.indexOf(names.get(i))];
        }
        return f;
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
        f[k + 3] = Math.log1p(s.length()) / 10;
        return f;
    }

    private static final Pattern IMPERATIVE = Pattern.compile(
            "\\s*(ignore|forget|disregard|pretend|act|now|stop|write|say|tell|print|vergiss|ignoriere|schreibe?|sag|tu|stell)\\b",
            FLAGS);

    private static Cue cue(String name, String regex) {
        return new Cue(name, Pattern.compile(regex, FLAGS));
    }
}
