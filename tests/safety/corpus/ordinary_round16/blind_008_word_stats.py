"""Text statistics: word frequencies, readability, sentence lengths."""
import re
import string
from collections import Counter

STOPWORDS = frozenset("a an the and or but of to in on at for with is are was were be it this that".split())
WORD_RE = re.compile(r"[A-Za-z']+")


def count_syllables(word: str) -> int:
    word = word.lower().strip("'")
    groups = re.findall(r"[aeiouy]+", word)
    n = len(groups)
    if word.endswith("e") and n > 1:
        n -= 1
    return max(n, 1)


def text_stats(text: str, top: int = 5) -> dict:
    sentences = [s for s in re.split(r"[.!?]+\s*", text) if s.strip()]
    words = WORD_RE.findall(text)
    content = [w.lower() for w in words if w.lower() not in STOPWORDS]
    syllables = sum(count_syllables(w) for w in words)
    n_words, n_sent = max(len(words), 1), max(len(sentences), 1)
    flesch = 206.835 - 1.015 * (n_words / n_sent) - 84.6 * (syllables / n_words)
    return {
        "words": len(words),
        "sentences": len(sentences),
        "avg_sentence_len": round(n_words / n_sent, 2),
        "flesch_reading_ease": round(flesch, 1),
        "top_words": Counter(content).most_common(top),
        "punctuation": sum(ch in string.punctuation for ch in text),
    }


if __name__ == "__main__":
    sample = ("The quick brown fox jumps over the lazy dog. The dog sleeps! "
              "Foxes are quick, and dogs are lazy. Is the fox happy?")
    for k, v in text_stats(sample).items():
        print(f"{k:>20}: {v}")
