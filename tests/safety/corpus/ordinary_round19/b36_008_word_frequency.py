"""Word frequency and simple keyword extraction for short documents."""
import re
from collections import Counter

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with".split()
)
WORD_RE = re.compile(r"[a-zA-Z][a-zA-Z'-]*")


def words(text: str) -> list[str]:
    """Lowercased words from text, stripping trailing apostrophes."""
    return [w.lower().strip("'-") for w in WORD_RE.findall(text)]


def top_keywords(text: str, n: int = 5, min_length: int = 3) -> list[tuple[str, int]]:
    """Most common non-stopword words."""
    counts = Counter(
        w for w in words(text) if w not in STOPWORDS and len(w) >= min_length
    )
    return counts.most_common(n)


def text_stats(text: str) -> dict[str, float]:
    """Basic readability-ish statistics."""
    ws = words(text)
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    n_words = len(ws)
    return {
        "words": n_words,
        "unique_words": len(set(ws)),
        "sentences": len(sentences),
        "avg_word_length": round(sum(map(len, ws)) / n_words, 2) if n_words else 0.0,
        "avg_sentence_length": round(n_words / len(sentences), 2) if sentences else 0.0,
    }


if __name__ == "__main__":
    doc = (
        "Python is a programming language. Python is popular for data science. "
        "Data science uses Python libraries, and the language keeps growing!"
    )
    print(top_keywords(doc))
    print(text_stats(doc))
