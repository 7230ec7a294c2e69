"""Basic statistics about a block of text."""
import re
import statistics
from collections import Counter

WORD_RE = re.compile(r"[A-Za-z']+")
SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")
STOPWORDS = frozenset("a an the and or of to in is it that for on with as was".split())


def _syllables(word: str) -> int:
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups)
    if word.endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


def text_stats(text: str, top: int = 5) -> dict:
    words = WORD_RE.findall(text)
    sentences = [s.strip() for s in SENTENCE_RE.findall(text) if s.strip()]
    if not words:
        return {"words": 0, "sentences": 0, "top_words": []}
    lengths = [len(w) for w in words]
    counts = Counter(w.lower() for w in words if w.lower() not in STOPWORDS)
    syllables = sum(_syllables(w) for w in words)
    n_sent = max(len(sentences), 1)
    flesch = 206.835 - 1.015 * (len(words) / n_sent) - 84.6 * (syllables / len(words))
    return {
        "characters": len(text),
        "words": len(words),
        "unique_words": len({w.lower() for w in words}),
        "sentences": len(sentences),
        "mean_word_length": round(statistics.mean(lengths), 2),
        "median_word_length": statistics.median(lengths),
        "flesch_reading_ease": round(flesch, 1),
        "top_words": counts.most_common(top),
    }


if __name__ == "__main__":
    sample = "The quick brown fox jumps over the lazy dog. The dog sleeps! Does the fox care?"
    print(text_stats(sample))
