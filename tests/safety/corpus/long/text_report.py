"""Produce a readability report for a text (a longer ordinary tool for the benchmark)."""

import math
import re
import string
import textwrap
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
VOWELS = set("aeiouy")


class Sentence(NamedTuple):
    text: str
    words: int


@dataclass
class Report:
    sentences: list[Sentence] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    syllables: int = 0

    @property
    def average_sentence_length(self) -> float:
        return len(self.words) / len(self.sentences) if self.sentences else 0.0

    @property
    def flesch(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return 206.835 - 1.015 * self.average_sentence_length - 84.6 * (self.syllables / len(self.words))

    def grade(self) -> str:
        score = self.flesch
        for threshold, label in ((90, "very easy"), (70, "easy"), (60, "standard"), (30, "difficult")):
            if score >= threshold:
                return label
        return "very difficult"


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    word = word.lower().strip(string.punctuation)
    if not word:
        return 0
    count = 0
    previous = False
    for char in word:
        vowel = char in VOWELS
        if vowel and not previous:
            count += 1
        previous = vowel
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(count, 1)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip()


def analyse(text: str) -> Report:
    report = Report()
    for part in SENTENCE.split(normalise(text)):
        words = WORD.findall(part)
        if not words:
            continue
        report.sentences.append(Sentence(part, len(words)))
        report.words.extend(w.lower() for w in words)
        report.syllables += sum(syllables(w) for w in words)
    return report


def long_words(report: Report, minimum: int = 3) -> list[str]:
    counts = Counter(w for w in report.words if syllables(w) >= minimum)
    return [w for w, _ in counts.most_common(5)]


def readability_report(text: str, width: int = 60) -> dict:
    """Flesch reading ease, grade, longest sentence and a wrapped summary."""
    report = analyse(text)
    longest = max(report.sentences, key=lambda s: s.words, default=Sentence("", 0))
    lexical = len(set(report.words)) / len(report.words) if report.words else 0.0
    summary = (
        f"{len(report.sentences)} sentences, {len(report.words)} words, "
        f"reading ease {report.flesch:.1f} ({report.grade()}), lexical diversity {lexical:.0%}."
    )
    return {
        "flesch": round(report.flesch, 1),
        "grade": report.grade(),
        "average_sentence_length": round(report.average_sentence_length, 1),
        "longest_sentence": textwrap.shorten(longest.text, width=width, placeholder=" ..."),
        "long_words": long_words(report),
        "entropy": round(
            -sum((c / len(report.words)) * math.log2(c / len(report.words)) for c in Counter(report.words).values()),
            3,
        )
        if report.words
        else 0.0,
        "summary": textwrap.fill(summary, width=width),
    }
