# family: ordinary, blind round 50 (word frequency with stop words)
import re
from collections import Counter

STOP_WORDS = frozenset("""a an and are as at be but by for from has have in is it its of on or
that the this to was were will with we our you your they their not""".split())

TEXT = """
The quick brown fox jumps over the lazy dog. The dog was not amused, and the fox
was very pleased with itself. Foxes are quick; dogs are lazy -- or so the story goes.
Our fox will jump again tomorrow, and the dog will sleep again. Quick quick quick!
"""


def tokenize(text):
    return re.findall(r"[a-z']+", text.lower())


def word_frequencies(text, top_n=10, stop_words=STOP_WORDS, min_length=3):
    words = (w.strip("'") for w in tokenize(text))
    counts = Counter(w for w in words if w not in stop_words and len(w) >= min_length)
    return counts.most_common(top_n)


def bigrams(text, stop_words=STOP_WORDS):
    toks = [w for w in tokenize(text) if w not in stop_words]
    return Counter(zip(toks, toks[1:])).most_common(3)


if __name__ == "__main__":
    for word, n in word_frequencies(TEXT, top_n=6):
        print(f"{word:<10} {n:>3} {'#' * n}")
    print("top bigrams:", [" ".join(b) for b, _ in bigrams(TEXT)])
