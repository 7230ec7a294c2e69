"""Text templates: statistics of a text (words, sentences, averages, top words) and case conversion / slugs."""

from __future__ import annotations

import re
from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import (
    Cue,
    Template,
    fill,
    literal,
    make_spec,
    mentions,
    task_text,
    word_set,
)

__all__ = ["CaseConversion", "TextStatistics"]

_STATS = '''\
"""Statistics of a text: characters, words, sentences, paragraphs, average lengths and the most common words."""

import re
from collections import Counter
from typing import Any

_WORD = re.compile(r"[^\\W_]+(?:['\u2019-][^\\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\\s|$$)")
_STOP_WORDS = frozenset($stop_words)


def text_statistics(text: str, top: int = $top, skip_stop_words: bool = $skip) -> dict[str, Any]:
    """Count characters, words, unique words, sentences and paragraphs of ``text``; average word length
    (characters) and sentence length (words), rounded to 2 decimals; and the ``top`` most common words
    (lower case, ties in order of first use), optionally without common English stop words.

    Raises ValueError if ``text`` is not a string or ``top`` is not an integer from 0 to 100.
    """
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    if isinstance(top, bool) or not isinstance(top, int) or not 0 <= top <= 100:
        raise ValueError("top must be an integer from 0 to 100")
    words = [w.lower() for w in _WORD.findall(text)]
    sentences = [s for s in _SENTENCE_END.split(text) if _WORD.search(s)]
    paragraphs = [p for p in re.split(r"\\n\\s*\\n", text) if p.strip()]
    counted = Counter(w for w in words if not (skip_stop_words and w in _STOP_WORDS))
    return {
        "characters": len(text),
        "characters_no_spaces": sum(1 for ch in text if not ch.isspace()),
        "words": len(words),
        "unique_words": len(set(words)),
        "sentences": len(sentences),
        "paragraphs": len(paragraphs),
        "average_word_length": round(sum(len(w) for w in words) / len(words), 2) if words else 0.0,
        "average_sentence_length": round(len(words) / len(sentences), 2) if sentences else 0.0,
        "top_words": [{"word": w, "count": n} for w, n in counted.most_common(top)],
    }
'''

_STOP_WORDS = sorted(
    word_set(
        "a an the and or but if of to in on at by for with from as is are was were be been it its this that these "
        "those i you he she we they me him her us them my your his our their not no so do does did have has had "
        "will would can could should there here what which who when where how all any each than then too very"
    )
)

_SAMPLE = "The cat sat. The cat ran!\n\nA dog barked at the cat? Yes."


class TextStatistics(Template):
    id = "text_statistics"
    description = "Statistics of a text: word, sentence and paragraph counts, average lengths, most common words."
    keywords = ("word count", "text statistics", "sentences", "word frequency", "readability", "top words")
    cues = (
        Cue(0.4, ("word", "sentence", "paragraph", "character", "text", "prose", "essay", "article", "document")),
        Cue(
            0.4,
            (
                "count",
                "statistic",
                "stats",
                "frequency",
                "frequent",
                "average",
                "length",
                "top",
                "most common",
                "analyse",
                "analyze",
                "measure",
                "how many",
                "tally",
                "number of",
            ),
        ),
        Cue(
            0.25,
            (
                "word count",
                "count word",
                "word frequency",
                "text statistic",
                "common word",
                "top word",
                "sentence length",
                "word length",
                "count sentence",
                "unique word",
                "distinct word",
            ),
        ),
    )

    def render(self, task_description: str, name: str) -> ToolSpec:
        text = task_text(task_description)
        found = re.search(r" (?:top|most common|most frequent|first) (\d{1,2}) ", text)
        top = int(found.group(1)) if found and 0 < int(found.group(1)) <= 100 else 5
        skip = mentions(
            text,
            "stop words",
            "stopwords",
            "common english words",
            "filler words",
            "ignoring common words",
            "excluding common words",
            "without common words",
        )
        source = fill(_STATS, stop_words=literal(_STOP_WORDS), top=literal(top), skip=literal(skip))
        words = ["the", "cat", "sat", "the", "cat", "ran", "a", "dog", "barked", "at", "the", "cat", "yes"]
        counts = {
            "characters": 56,
            "characters_no_spaces": 43,
            "words": 13,
            "unique_words": 9,
            "sentences": 4,
            "paragraphs": 2,
            "average_word_length": 3.0,
            "average_sentence_length": 3.25,
        }
        tests: list[dict[str, Any]] = [
            {"args": {"text": _SAMPLE}, "expected": {**counts, "top_words": _top(words, top, skip_stop_words=skip)}},
            {
                "args": {"text": _SAMPLE, "top": 2, "skip_stop_words": False},
                "expected": {**counts, "top_words": [{"word": "the", "count": 3}, {"word": "cat", "count": 3}]},
            },
            {
                "args": {"text": _SAMPLE, "top": 1, "skip_stop_words": True},
                "expected": {**counts, "top_words": [{"word": "cat", "count": 3}]},
            },
            {
                "args": {"text": "It's well-known: don't panic", "top": 0},
                "expected": {
                    "characters": 28,
                    "characters_no_spaces": 25,
                    "words": 4,
                    "unique_words": 4,
                    "sentences": 1,
                    "paragraphs": 1,
                    "average_word_length": 6.0,
                    "average_sentence_length": 4.0,
                    "top_words": [],
                },
            },
            {
                "args": {"text": ""},
                "expected": {
                    "characters": 0,
                    "characters_no_spaces": 0,
                    "words": 0,
                    "unique_words": 0,
                    "sentences": 0,
                    "paragraphs": 0,
                    "average_word_length": 0.0,
                    "average_sentence_length": 0.0,
                    "top_words": [],
                },
            },
            {"args": {"text": "x", "top": 101}, "error": "ValueError"},
        ]
        description = (
            f"Text statistics: characters, words, sentences, paragraphs, average lengths and the top {top} words"
            + (" (stop words skipped)." if skip else ".")
        )
        return make_spec(
            self.id, name=name, description=description, source=source, entry="text_statistics", tests=tests
        )


def _top(words: list[str], n: int, *, skip_stop_words: bool) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for w in words:
        if not (skip_stop_words and w in _STOP_WORDS):
            counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # stable: ties keep first-use order
    return [{"word": w, "count": c} for w, c in ranked[:n]]


_CASE = '''\
"""Convert text between cases: snake_case, kebab-case, camelCase, PascalCase, CONSTANT_CASE, URL slugs, titles."""

import re
import unicodedata
from typing import Literal

# Words of an identifier-like text: "parseHTTPResponse v2" -> parse, HTTP, Response, v2.
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+[0-9]*|[0-9]+")
_STYLES = ("snake", "kebab", "camel", "pascal", "constant", "slug", "title", "sentence", "upper", "lower")


def _ascii_words(text: str) -> list[str]:
    # Accents are dropped ("Crème" -> "Creme"); letters with no ASCII form are skipped.
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return _WORD.findall(plain)


def convert_case(
    text: str,
    style: Literal[
        "snake", "kebab", "camel", "pascal", "constant", "slug", "title", "sentence", "upper", "lower"
    ] = $style,
) -> str:
    """Rewrite ``text`` in ``style``.

    snake/kebab/slug/camel/pascal/constant split the text into ASCII words (accents removed, camelCase and
    digits split off) and join them; title/sentence/upper/lower change letter case and keep everything else.
    Raises ValueError for a non-string text, an unknown style, or a text with no letters or digits.
    """
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    if style not in _STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(_STYLES)}")
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    if style == "title":
        return " ".join(word[:1].upper() + word[1:].lower() for word in text.split())
    if style == "sentence":
        flat = " ".join(text.split())
        return flat[:1].upper() + flat[1:].lower()
    words = [w.lower() for w in _ascii_words(text)]
    if not words:
        raise ValueError("text has no letters or digits to convert")
    if style == "snake":
        return "_".join(words)
    if style == "constant":
        return "_".join(words).upper()
    if style in ("kebab", "slug"):
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    return "".join(w.capitalize() for w in words)
'''

_CASE_SAMPLE = "Crème brûlée: parseHTTPResponse v2!"
_CASE_EXPECTED = {
    "snake": "creme_brulee_parse_http_response_v2",
    "kebab": "creme-brulee-parse-http-response-v2",
    "slug": "creme-brulee-parse-http-response-v2",
    "camel": "cremeBruleeParseHttpResponseV2",
    "pascal": "CremeBruleeParseHttpResponseV2",
    "constant": "CREME_BRULEE_PARSE_HTTP_RESPONSE_V2",
    "upper": "CRÈME BRÛLÉE: PARSEHTTPRESPONSE V2!",
    "lower": "crème brûlée: parsehttpresponse v2!",
    "title": "Crème Brûlée: Parsehttpresponse V2!",
    "sentence": "Crème brûlée: parsehttpresponse v2!",
}
# Spellings of each style in a task (lower case); the last one mentioned is the target ("camelCase to snake_case").
_STYLE_PATTERNS = (
    ("snake", r"snake[\s_-]?case|\bsnake\b|underscores?"),
    ("pascal", r"pascal[\s_-]?case|\bpascal\b|upper[\s_-]?camel"),
    ("camel", r"(?<!upper)(?<!upper )(?<!upper-)(?<!upper_)camel(?:[\s_-]?case)?"),
    ("kebab", r"kebab[\s_-]?case|\bkebab\b|dash[\s_-]?case|hyphen"),
    ("constant", r"constant[\s_-]?case|screaming|macro[\s_-]?case"),
    ("slug", r"slug|url[\s-]?(?:friendly|safe)|permalink"),
    ("title", r"title[\s_-]?case|capitali[sz]e (?:each|every) word"),
    ("sentence", r"sentence[\s_-]?case"),
    ("upper", r"upper[\s_-]?case(?![\s_-]?camel)|all[\s-]caps|capital letters"),
    ("lower", r"lower[\s_-]?case|small letters"),
)


def case_style(task: str) -> str | None:
    """The target style a task names, if any (the last one mentioned)."""
    lowered = task.lower()
    best: tuple[int, str] | None = None
    for style, pattern in _STYLE_PATTERNS:
        for found in re.finditer(pattern, lowered):
            if best is None or found.start() > best[0]:
                best = (found.start(), style)
    return best[1] if best else None


class CaseConversion(Template):
    id = "case_conversion"
    description = "Convert text to snake_case, kebab-case, camelCase, PascalCase, CONSTANT_CASE, a URL slug or a title."
    keywords = ("slugify", "snake_case", "camelCase", "kebab-case", "title case", "uppercase", "url slug")
    cues = (
        Cue(
            0.3,
            (
                "convert",
                "turn",
                "transform",
                "format",
                "make",
                "slugify",
                "rename",
                "normalize",
                "normalise",
                "change",
                "generate",
                "create",
            ),
        ),
        Cue(0.2, ("text", "string", "title", "name", "identifier", "heading", "variable", "key", "phrase")),
    )

    def match(self, task_description: str) -> float:
        score = super().match(task_description)
        if case_style(task_description) is not None:
            score += 0.5
        return min(1.0, score)

    def render(self, task_description: str, name: str) -> ToolSpec:
        style = case_style(task_description) or "snake"
        others = [s for s in ("snake", "camel", "slug", "title") if s != style][:2]
        tests: list[dict[str, Any]] = [
            {"args": {"text": _CASE_SAMPLE}, "expected": _CASE_EXPECTED[style]},
            *({"args": {"text": _CASE_SAMPLE, "style": s}, "expected": _CASE_EXPECTED[s]} for s in others),
            {"args": {"text": "!!! ---", "style": "snake"}, "error": "ValueError"},
            {"args": {"text": "  ", "style": "camel"}, "error": "ValueError"},
        ]
        description = f"Convert text to another case or a URL slug (default: {style})."
        source = fill(_CASE, style=literal(style))
        return make_spec(self.id, name=name, description=description, source=source, entry="convert_case", tests=tests)
