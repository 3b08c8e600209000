"""The configuration properties a loadcast module binds, read from its sources (for check_env_bindings.py).

Names are kept in relaxed-binding canonical form (lower case, dots, no dashes): loadcast.forecast.ingesturl.
"""
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ALWAYS = ["spring.application", "spring.main", "spring.jackson", "spring.lifecycle", "spring.threads",
          "spring.config", "spring.profiles", "spring.mvc", "spring.servlet", "spring.web", "spring.output",
          "server", "management", "logging", "springdoc", "info"]
BY_STARTER = {
    "spring-boot-starter-jdbc": ["spring.datasource", "spring.sql", "spring.jdbc", "spring.transaction"],
    "spring-boot-starter-flyway": ["spring.flyway"],
    "spring-boot-starter-kafka": ["spring.kafka"],
}
OPEN_TYPES = re.compile(r"^(Map|List|Set|Collection|SortedMap|java\.util\.)|\[\]$")
PLACEHOLDER = re.compile(r"\$\{([A-Z][A-Z0-9_]*)")
ANNOTATION = re.compile(r"@[\w.]+")


@dataclass
class Properties:
    exact: set = field(default_factory=set)
    open_prefixes: set = field(default_factory=set)
    placeholders: set = field(default_factory=set)


def module_properties(root, module):
    props = Properties()
    pom = (root / module / "pom.xml").read_text()
    for prefix in ALWAYS + [p for starter, ps in BY_STARTER.items() if starter in pom for p in ps]:
        props.open_prefixes.add(prefix)
    for yml in (root / module / "src/main/resources").glob("application*.y*ml"):
        text = yml.read_text()
        props.placeholders.update(PLACEHOLDER.findall(text))
        for doc in yaml.safe_load_all(text):
            props.exact.update(_flatten(doc or {}, ""))
    for source in [root / module / "src/main/java", root / "service-starter/src/main/java"]:
        for java in source.rglob("*.java"):
            text = java.read_text()
            props.placeholders.update(re.findall(r'getenv\("([A-Z0-9_]+)"\)', text))
            for prefix in re.findall(r'@ConfigurationProperties\(\s*(?:prefix\s*=\s*|value\s*=\s*)?"([^"]+)"', text):
                _record_properties(text, _top_record(text), prefix.replace("-", "").lower(), props)
    return props


def _flatten(node, prefix):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _flatten(v, f"{prefix}.{str(k).replace('-', '').lower()}".strip("."))
    elif prefix:
        yield prefix


def _top_record(text):
    m = re.search(r"public\s+record\s+(\w+)\s*\(", text)
    return m.group(1) if m else None


def _records(text):
    """Record name -> its component list (type, name), for every record declared in the file."""
    found = {}
    for m in re.finditer(r"\brecord\s+(\w+)\s*\(", text):
        body = _balanced(text, m.end() - 1)
        found[m.group(1)] = [_component(c) for c in _split_top(body) if c.strip()]
    return found


def _balanced(text, start):
    depth, i, quoted = 0, start, False
    while i < len(text):
        ch = text[i]
        if ch == '"' and text[i - 1] != "\\":
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
        i += 1
    return text[start + 1:]


def _split_top(body):
    parts, depth, quoted, current = [], 0, False, []
    for i, ch in enumerate(body):
        if ch == '"' and (i == 0 or body[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "(<":
            depth += 1
        elif not quoted and ch in ")>":
            depth -= 1
        elif not quoted and depth == 0 and ch == ",":
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _component(text):
    no_args = re.sub(r'\((?:[^()"]|"[^"]*")*\)', "", text)  # annotation arguments, one level
    words = ANNOTATION.sub("", no_args).split()
    return " ".join(words[:-1]), words[-1]


def _record_properties(text, record, prefix, props, seen=()):
    records = _records(text)
    if record not in records or record in seen:
        return
    for type_, name in records[record]:
        path = f"{prefix}.{name.lower()}"
        simple = type_.split(".")[-1].strip()
        if simple in records:
            _record_properties(text, simple, path, props, seen + (record,))
        elif OPEN_TYPES.search(type_.strip()):
            props.open_prefixes.add(path)
        else:
            props.exact.add(path)
