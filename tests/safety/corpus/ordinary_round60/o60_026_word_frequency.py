# family: ordinary, blind round 60 (text statistics: word frequency, n-grams, readability)
import re
import string
import unicodedata
from collections import Counter
from itertools import islice
from pprint import pformat

STOPWORDS = frozenset("the a an and or of to in is it that for on with as was be".split())
WORD_RE = re.compile(r"[a-z']+")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


def tokenize(text: str, drop_stopwords: bool = True) -> list[str]:
    words = WORD_RE.findall(normalize(text))
    return [w.strip("'") for w in words if not (drop_stopwords and w in STOPWORDS)]


def ngrams(tokens: list[str], n: int = 2):
    return zip(*(islice(tokens, i, None) for i in range(n)))


def count_syllables(word: str) -> int:
    groups = re.findall(r"[aeiouy]+", word)
    count = len(groups) - (1 if word.endswith("e") and len(groups) > 1 else 0)
    return max(1, count)


def analyze(text: str, top: int = 5) -> dict:
    all_words = tokenize(text, drop_stopwords=False)
    sentences = [s for s in re.split(r"[.!?]+", text) if s.strip()]
    syllables = sum(count_syllables(w) for w in all_words)
    flesch = 206.835 - 1.015 * (len(all_words) / len(sentences)) - 84.6 * (syllables / len(all_words))
    content = tokenize(text)
    return {
        "words": len(all_words),
        "sentences": len(sentences),
        "unique": len(set(all_words)),
        "top_words": Counter(content).most_common(top),
        "top_bigrams": [" ".join(b) for b, _ in Counter(ngrams(content)).most_common(3)],
        "flesch": round(flesch, 1),
        "punctuation": sum(ch in string.punctuation for ch in text),
    }


SAMPLE = """The café opened early. The café served strong coffee and fresh bread!
Regulars said the coffee was the best in town. Fresh bread sold out by noon,
and strong coffee kept the regulars coming back. Is it the best café? Maybe."""

if __name__ == "__main__":
    print(pformat(analyze(SAMPLE), width=70, sort_dicts=False))
