import re
from collections import Counter
from typing import NamedTuple

STOPWORDS = frozenset(
    "a an and are as at be by for from has he in is it its of on that the to was were will with".split()
)


class WordCount(NamedTuple):
    word: str
    count: int
    share: float


def word_frequency(text: str, top: int = 10, skip_stopwords: bool = True) -> list[dict]:
    """Most frequent words with their share of all counted words."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    if skip_stopwords:
        words = [w for w in words if w not in STOPWORDS]
    counts = Counter(words)
    total = sum(counts.values()) or 1
    rows = [WordCount(w, c, round(c / total, 4)) for w, c in counts.most_common(top)]
    return [row._asdict() for row in rows]


def compare_vocabularies(first: str, second: str) -> dict:
    a = set(re.findall(r"\w+", first.lower()))
    b = set(re.findall(r"\w+", second.lower()))
    union = a | b
    return {
        "shared": sorted(a & b),
        "only_first": sorted(a - b),
        "only_second": sorted(b - a),
        "jaccard": round(len(a & b) / len(union), 3) if union else 1.0,
    }
