package io.loadcast.guardrail.bench;

import io.loadcast.guardrail.injection.LabelledText;
import java.util.ArrayList;
import java.util.List;

/** Planted orders carried inside benign energy-docs passages (the passages come from PassageCalibration). */
final class EnergyDocs {

    private EnergyDocs() {}

    /** Each planted order's middle line put into the middle of a benign passage (a document carrying it). */
    static List<LabelledText> carriers(List<LabelledText> docs, List<LabelledText> planted) {
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < planted.size() && i < docs.size(); i++) {
            String doc = docs.get(i * (docs.size() / planted.size())).text();
            String order = planted.get(i).text();
            int cut = doc.indexOf(". ", doc.length() / 2);
            cut = cut < 0 ? doc.length() / 2 : cut + 2;
            out.add(new LabelledText(doc.substring(0, cut) + order + " " + doc.substring(cut), true, "carried"));
        }
        return out;
    }
}
