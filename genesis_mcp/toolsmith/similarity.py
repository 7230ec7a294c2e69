"""Lexical similarity between a task and existing tools: "is there already a tool for this?".

Both sides are tokenised the same way (lower case, stop words dropped, British spellings and unit
abbreviations folded, light suffix stemming), weighted by TF-IDF over the tools being compared (so a word
every tool shares says little) with generic verbs ("convert", "get", "compute") down-weighted, and compared
by cosine. Pure functions, no state.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["DEFAULT_THRESHOLD", "Match", "find_similar", "similarity", "stem", "tokenise"]

# Calibrated on tests/toolsmith_gen/test_similarity.py: a paraphrase of a tool's job scores 0.45-0.9, a task
# that only shares a generic verb or a common noun ("text", "list") with it scores under 0.3.
DEFAULT_THRESHOLD = 0.4


def _words(text: str) -> list[str]:
    return text.split()


_WORD = re.compile(r"[a-z0-9]+")

_STOP = frozenset(
    _words("""
    a an the and or but nor of to in on at by for from with without into onto over under as is are was were
    be been being it its this that these those there their them they we you your i me my our us he she his
    her him do does did doing done have has had having can could should would will shall may might must not
    no yes so than then too very just also any all each every some such which what who whom whose when where
    why how if else while about after before between through during per via using use uses used tool tools
    function please want need needs write make given give returns return value values one two many much
    whole
    """)
)

# Words that say what kind of action, not which job: they count, but less.
_GENERIC = frozenset(
    _words("""
    convert conversion compute calculate get find extract pull make create build turn take check return list
    count show print generate produce process handle transform parse input output result data text string
    number item thing
    """)
)
_GENERIC_WEIGHT = 0.5

# Spelling variants and abbreviations folded onto one form before stemming.
_ALIASES = {
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "km": "kilometer",
    "kms": "kilometer",
    "metre": "meter",
    "metres": "meter",
    "centimetre": "centimeter",
    "cm": "centimeter",
    "millimetre": "millimeter",
    "mm": "millimeter",
    "mi": "mile",
    "ft": "foot",
    "feet": "foot",
    "inches": "inch",
    "yd": "yard",
    "kg": "kilogram",
    "kgs": "kilogram",
    "lb": "pound",
    "lbs": "pound",
    "oz": "ounce",
    "litre": "liter",
    "litres": "liter",
    "ml": "milliliter",
    "millilitre": "milliliter",
    "colour": "color",
    "colours": "color",
    "summarise": "summarize",
    "summarising": "summarize",
    "summary": "summarize",
    "normalise": "normalize",
    "analyse": "analyze",
    "analysis": "analyze",
    "e-mail": "email",
    "emails": "email",
    "avg": "average",
    "mean": "average",
    "dedupe": "deduplicate",
    "duplicates": "deduplicate",
    "duplicate": "deduplicate",
    "url": "link",
    "urls": "link",
    "links": "link",
}


def stem(word: str) -> str:
    """Strip one plural, -ing or -ed suffix; good enough to make "groups"/"grouping"/"grouped" agree."""
    w = word
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "ches", "shes", "xes")):
        return w[:-2]
    if len(w) > 5 and w.endswith("ing"):
        return _undouble(w[:-3])
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        return _undouble(w[:-2])
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _undouble(w: str) -> str:
    # "summ" -> "sum", "stopp" -> "stop"; but keep "fill", "pass"
    if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
        return w[:-1]
    return w


def tokenise(text: str) -> list[str]:
    """Content tokens of ``text``, in order: lower case, no stop words, aliases folded, stemmed.

    Underscores and camelCase split words, so a tool name tokenises like its description.
    """
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", text).replace("_", " ").replace("e-mail", "email").lower()
    out: list[str] = []
    for raw in _WORD.findall(spaced):
        if raw in _STOP or raw.isdigit():  # numbers are a call's arguments, not the job
            continue
        word = _ALIASES.get(raw, raw)
        out.append(stem(word))
    return out


@dataclass(frozen=True)
class Match:
    """An existing tool and how close its name and description are to the task (0..1)."""

    name: str
    score: float


def _weights(tokens: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(tokens)
    vec: dict[str, float] = {}
    for tok, n in counts.items():
        generic = _GENERIC_WEIGHT if tok in _GENERIC_STEMS else 1.0
        vec[tok] = (1.0 + math.log(n)) * idf.get(tok, 1.0) * generic
    return vec


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(w * b[t] for t, w in a.items() if t in b)
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)


def similarity(task: str, text: str) -> float:
    """Cosine of the two texts' token weights, with no corpus (every token's IDF is 1)."""
    return _cosine(_weights(tokenise(task), {}), _weights(tokenise(text), {}))


def find_similar(task: str, tools: Sequence[tuple[str, str]], *, threshold: float = DEFAULT_THRESHOLD) -> list[Match]:
    """Tools (``(name, description)`` pairs) whose name and description score at least ``threshold``
    against ``task``, best first (ties by name)."""
    docs = [tokenise(f"{name} {description}") for name, description in tools]
    # Smoothed IDF over the tools plus the task, so one tool still gets sensible weights.
    n = len(docs) + 1
    df: Counter[str] = Counter()
    for tokens in [*docs, tokenise(task)]:
        df.update(set(tokens))
    idf = {tok: math.log((1 + n) / (1 + k)) + 1.0 for tok, k in df.items()}
    query = _weights(tokenise(task), idf)
    matches = [
        Match(name, round(score, 4))
        for (name, _), tokens in zip(tools, docs, strict=True)
        if (score := _cosine(query, _weights(tokens, idf))) >= threshold
    ]
    return sorted(matches, key=lambda m: (-m.score, m.name))
