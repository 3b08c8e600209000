#!/usr/bin/env python3
"""Method-size figures for */src/main/java: count, median, p90, max lines per module and overall,
and every method longer than LIMIT lines. A method's size is its line span from the signature's
first line to its closing brace (annotations excluded). Usage: ops/method-sizes.py [root] [--limit N]"""
import re
import statistics
import sys
from pathlib import Path

LIMIT = 40
# a method or constructor header ending in '{' (possibly spread over lines); control-flow keywords excluded
HEADER = re.compile(
    r"(?:^|[;{}\n])\s*((?:(?:public|protected|private|static|final|synchronized|abstract|default|native)\s+)*"
    r"(?:<[^;{}()]*>\s+)?[\w.<>\[\],?\s]*?\b(\w+)\s*\([^;{}]*\)\s*(?:throws\s+[\w.,\s]+)?)\{"
)
NOT_METHODS = {"if", "for", "while", "switch", "catch", "synchronized", "try", "return", "new", "else", "do"}


def strip(src):
    """Blank out comments, strings, text blocks and char literals, keeping newlines."""
    out, i, n = [], 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif src.startswith("/*", i):
            j = src.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", src[i:j]))
            i = j
        elif src.startswith('"""', i):
            j = src.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append('""' + re.sub(r"[^\n]", " ", src[i + 2 : j - 2]) + '""')
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == "\\" else 1
            out.append(c + " " * (j - i - 1) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def methods(path):
    src = strip(path.read_text(encoding="utf-8"))
    for m in HEADER.finditer(src):
        name = m.group(2)
        if name in NOT_METHODS or re.search(r"\b(class|record|interface|enum|new|->)\b", m.group(1)):
            continue
        start = m.start(1)
        depth, j = 0, m.end() - 1
        while j < len(src):
            if src[j] == "{":
                depth += 1
            elif src[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        yield name, src.count("\n", 0, start) + 1, src.count("\n", start, j) + 1


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    args = sys.argv[1:]
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else LIMIT
    root = Path(next((a for a in args if not a.startswith("--") and not a.isdigit()), "."))
    rows, long_ones = {}, []
    for main_dir in sorted(root.glob("*/src/main/java")):
        module = main_dir.parts[-4]
        for f in sorted(main_dir.rglob("*.java")):
            for name, line, size in methods(f):
                rows.setdefault(module, []).append(size)
                if size > limit:
                    long_ones.append((size, f"{f.relative_to(root)}:{line} {f.stem}.{name}"))
    print(f"{'module':<20}{'methods':>8}{'median':>8}{'p90':>6}{'max':>6}{'>' + str(limit):>6}")
    every = []
    for module, sizes in rows.items():
        every += sizes
        print(f"{module:<20}{len(sizes):>8}{statistics.median(sizes):>8g}{pct(sizes, 90):>6}{max(sizes):>6}"
              f"{sum(s > limit for s in sizes):>6}")
    print(f"{'all':<20}{len(every):>8}{statistics.median(every):>8g}{pct(every, 90):>6}{max(every):>6}"
          f"{sum(s > limit for s in every):>6}")
    print(f"\nmethods over {limit} lines:")
    for size, where in sorted(long_ones, reverse=True):
        print(f"{size:>5}  {where}")


if __name__ == "__main__":
    main()
