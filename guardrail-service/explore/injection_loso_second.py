"""A second sentence embedding (all-MiniLM-L6-v2, quantised) beside bge-small, by leave-one-source-out.

Input: the TSV of DumpInjectionFeatures and the vectors of DumpSecondEmbedding (same text order). Same protocol as
injection_loso.py (fit on all sources but one, pooled benign FPR <= 3 % threshold, pooled F1). Nothing here ships.
Run: PYTHONHASHSEED=0 OMP_NUM_THREADS=1 python3 guardrail-service/explore/injection_loso_second.py FEATURES.tsv MINILM.tsv
"""
import sys
import numpy as np

second = sys.argv.pop(2)
import injection_loso as L  # noqa: E402  (reads sys.argv[1])

M = np.array([[float(v) for v in l.split(',')] for l in open(second)])
M /= np.linalg.norm(M, axis=1, keepdims=True)
assert M.shape[0] == L.D.shape[0]


def cue_columns(texts):
    """injection.AddressedInstructions' three families per text (any segment): addressee, conversation, directive,
    and whether one segment has an order with an addressee or a conversation reference."""
    import re
    src = open('guardrail-service/src/main/java/io/loadcast/guardrail/injection/AddressedInstructions.java').read()

    def pat(name):
        m = re.search(name + r' = Pattern.compile\(\s*(.*?),\s*FLAGS\);', src, re.S)
        return re.compile(''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))).encode().decode('unicode_escape'), re.I)
    A, C, D = pat('ADDRESSEE'), pat('CONVERSATION'), pat('DIRECTIVE')
    out = []
    for t in texts:
        segs = [x for line in t.splitlines() for x in re.split(r'(?<=[.!?])\s+', line.strip()) if x]
        out.append([any(A.search(x) for x in segs), any(C.search(x) for x in segs), any(D.search(x) for x in segs),
                    any(D.search(x) and (A.search(x) or C.search(x)) for x in segs)])
    return np.array(out, dtype=float)


if __name__ == '__main__':
    K = cue_columns(L.T)
    L.report('bge+lex+addressed-instruction cues l2=0.01', L.loso(np.hstack([L.D, K]), None, 0.01), True)
    base = L.loso(L.D, None, 0.01); L.report('bge+lex l2=0.01 (shipped)', base)
    mini = L.loso(np.hstack([M, L.LEX]), None, 0.01); L.report('minilm+lex l2=0.01', mini, True)
    for l2 in (0.01, 0.1):
        L.report(f'bge+minilm+lex l2={l2}', L.loso(np.hstack([L.D, M]), None, l2), l2 == 0.01)
    L.report('mean(bge+lex, minilm+lex)', (base + mini) / 2)
    L.report('max(bge+lex, minilm+lex)', np.maximum(base, mini))
