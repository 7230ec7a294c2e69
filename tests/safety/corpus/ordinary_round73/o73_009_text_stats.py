# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Compute text statistics returned as a NamedTuple."""
import re
import string
from collections import Counter
from typing import NamedTuple

WORD_RE = re.compile(r"[A-Za-z']+")


class TextStats(NamedTuple):
    characters: int
    words: int
    sentences: int
    unique_words: int
    avg_word_length: float
    top_words: list[tuple[str, int]]


STOPWORDS = frozenset({"the", "a", "an", "and", "of", "to", "in", "is", "it", "that"})


def tokenize(text: str) -> list[str]:
    return [w.lower().strip("'") for w in WORD_RE.findall(text)]


def analyze(text: str, top: int = 5, skip_stopwords: bool = True) -> TextStats:
    words = tokenize(text)
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    counted = Counter(w for w in words if not (skip_stopwords and w in STOPWORDS))
    avg = sum(map(len, words)) / len(words) if words else 0.0
    return TextStats(
        characters=len(text),
        words=len(words),
        sentences=len(sentences),
        unique_words=len(set(words)),
        avg_word_length=round(avg, 2),
        top_words=counted.most_common(top),
    )


def strip_punctuation(text: str) -> str:
    return text.translate(str.maketrans("", "", string.punctuation))


if __name__ == "__main__":
    sample = (
        "The quick brown fox jumps over the lazy dog. The dog didn't care! "
        "Was the fox quick? The fox was very quick indeed."
    )
    stats = analyze(sample)
    print(stats)
    print(stats._asdict()["top_words"])
    print(strip_punctuation(sample)[:40])
