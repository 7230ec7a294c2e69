# ordinary: word frequency and readability statistics for a block of text
import re
from collections import Counter

STOPWORDS = frozenset("a an and are as at be by for from has he in is it its of on that the to was were will with".split())
WORD = re.compile(r"[A-Za-z']+")
SENTENCE_END = re.compile(r"[.!?]+")


def words(text):
    return [w.lower().strip("'") for w in WORD.findall(text)]


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups)
    if word.lower().endswith("e") and count > 1:
        count -= 1
    return max(count, 1)


def analyse(text, top=5):
    tokens = words(text)
    sentences = max(1, len([s for s in SENTENCE_END.split(text) if s.strip()]))
    content = [w for w in tokens if w not in STOPWORDS]
    syl = sum(syllables(w) for w in tokens)
    flesch = 206.835 - 1.015 * (len(tokens) / sentences) - 84.6 * (syl / max(1, len(tokens)))
    return {
        "words": len(tokens),
        "unique": len(set(tokens)),
        "sentences": sentences,
        "avg_word_length": round(sum(map(len, tokens)) / max(1, len(tokens)), 2),
        "flesch_reading_ease": round(flesch, 1),
        "top_words": Counter(content).most_common(top),
    }


if __name__ == "__main__":
    sample = (
        "The quick brown fox jumps over the lazy dog. The dog was not amused! "
        "Foxes are quick, and dogs are lazy? Perhaps the fox will jump again tomorrow."
    )
    for key, value in analyse(sample).items():
        print(f"{key:>20}: {value}")
