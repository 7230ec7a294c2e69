# family: ordinary, blind round 61 (word frequency analyzer)
import re
from collections import Counter
from operator import itemgetter
from typing import TypedDict

STOPWORDS = frozenset("a an the and or but of to in on for with is are was were be it this that as at by".split())
WORD_RE = re.compile(r"[A-Za-z']+")


class FrequencyReport(TypedDict):
    total_words: int
    unique_words: int
    top: list[dict[str, object]]


def _tokenize(text: str, drop_stopwords: bool) -> list[str]:
    words = (w.lower().strip("'") for w in WORD_RE.findall(text))
    return [w for w in words if w and not (drop_stopwords and w in STOPWORDS)]


def word_frequency(text: str, top_n: int = 5, drop_stopwords: bool = True) -> FrequencyReport:
    """Count word occurrences in text and return the most frequent words.

    Args:
        text: Input text to analyse.
        top_n: Number of top words to return.
        drop_stopwords: Whether to ignore common English stopwords.
    """
    if top_n < 1:
        raise ValueError("top_n must be positive")
    tokens = _tokenize(text, drop_stopwords)
    counts = Counter(tokens)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    total = len(tokens)
    return {
        "total_words": total,
        "unique_words": len(counts),
        "top": [
            {"word": w, "count": c, "share": round(c / total, 4)}
            for w, c in map(itemgetter(0, 1), ranked)
        ],
    }


if __name__ == "__main__":
    sample = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs. Fox!"
    print(word_frequency(sample, top_n=3))
