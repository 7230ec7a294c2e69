"""Word frequency statistics for a block of text."""
import re
from collections import Counter

STOPWORDS = frozenset(
    "a an the and or but of to in on at for with is are was were be been it this that".split()
)
WORD_RE = re.compile(r"[A-Za-z']+")


def tokenize(text: str) -> list[str]:
    return [w.lower().strip("'") for w in WORD_RE.findall(text) if w.strip("'")]


def word_frequencies(text: str, top: int = 10, drop_stopwords: bool = True) -> list[dict]:
    """Return the ``top`` most common words with counts and relative share."""
    words = tokenize(text)
    if drop_stopwords:
        words = [w for w in words if w not in STOPWORDS]
    counts = Counter(words)
    total = sum(counts.values()) or 1
    return [
        {"word": word, "count": n, "share": round(n / total, 4)}
        for word, n in counts.most_common(top)
    ]


def text_summary(text: str) -> dict:
    words = tokenize(text)
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    return {
        "characters": len(text),
        "words": len(words),
        "unique_words": len(set(words)),
        "sentences": len(sentences),
        "avg_word_length": round(sum(map(len, words)) / len(words), 2) if words else 0.0,
        "avg_sentence_words": round(len(words) / len(sentences), 2) if sentences else 0.0,
    }


if __name__ == "__main__":
    sample = "The cat sat on the mat. The dog sat on the log! Was it the cat's mat?"
    print(word_frequencies(sample, top=5))
    print(text_summary(sample))
