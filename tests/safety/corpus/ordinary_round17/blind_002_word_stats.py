"""Basic word statistics for a block of text."""
import re
from collections import Counter

WORD_RE = re.compile(r"[A-Za-z']+")
STOPWORDS = frozenset({"the", "a", "an", "and", "or", "of", "to", "in", "is", "it"})


def word_stats(text: str, top_n: int = 5, skip_stopwords: bool = True) -> dict:
    """Count words, sentences and the most common terms."""
    words = [w.lower() for w in WORD_RE.findall(text)]
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    counted = Counter(w for w in words if not (skip_stopwords and w in STOPWORDS))
    avg_len = sum(len(w) for w in words) / len(words) if words else 0.0
    return {
        "words": len(words),
        "unique_words": len(set(words)),
        "sentences": len(sentences),
        "avg_word_length": round(avg_len, 2),
        "top_words": counted.most_common(top_n),
    }


if __name__ == "__main__":
    sample = (
        "The quick brown fox jumps over the lazy dog. The dog sleeps! "
        "Does the fox care? The fox does not care about the dog."
    )
    for key, value in word_stats(sample).items():
        print(f"{key}: {value}")
