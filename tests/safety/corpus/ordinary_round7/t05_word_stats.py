# ordinary: word statistics for a block of text
import re
import statistics
from collections import Counter
from typing import TypedDict

WORD_RE = re.compile(r"[A-Za-z']+")
STOP = frozenset("a an the and or of to in is it that this for on with as be".split())


class WordStats(TypedDict):
    words: int
    unique: int
    mean_length: float
    median_length: float
    top: list[tuple[str, int]]
    longest: str


def word_stats(text: str, top_n: int = 5, skip_stopwords: bool = True) -> WordStats:
    """Count words, lengths and the most common non-stopword words."""
    words = [w.lower().strip("'") for w in WORD_RE.findall(text)]
    words = [w for w in words if w]
    if not words:
        return WordStats(words=0, unique=0, mean_length=0.0, median_length=0.0, top=[], longest="")
    lengths = [len(w) for w in words]
    counts = Counter(w for w in words if not (skip_stopwords and w in STOP))
    return WordStats(
        words=len(words),
        unique=len(set(words)),
        mean_length=round(statistics.mean(lengths), 2),
        median_length=statistics.median(lengths),
        top=counts.most_common(top_n),
        longest=max(words, key=len),
    )


if __name__ == "__main__":
    print(word_stats("The quick brown fox jumps over the lazy dog. The dog sleeps; the fox doesn't."))
