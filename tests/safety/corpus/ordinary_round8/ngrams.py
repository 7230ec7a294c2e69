"""Word n-gram frequencies and simple collocations."""
import math
import re
from collections import Counter
from itertools import islice, tee

TOKEN = re.compile(r"\b\w[\w'-]*\b")


def ngrams(tokens: list[str], n: int):
    iters = tee(tokens, n)
    for i, it in enumerate(iters):
        next(islice(it, i, i), None)  # advance the i-th copy by i positions
    return zip(*iters)


def collocations(tokens: list[str], min_count: int = 2, top: int = 5) -> list[tuple[str, float]]:
    unigrams = Counter(tokens)
    bigrams = Counter(ngrams(tokens, 2))
    total = len(tokens)
    scored = []
    for (a, b), c in bigrams.items():
        if c < min_count:
            continue
        pmi = math.log2((c * total) / (unigrams[a] * unigrams[b]))
        scored.append((f"{a} {b}", round(pmi, 3)))
    return sorted(scored, key=lambda kv: (-kv[1], kv[0]))[:top]


def ngram_report(text: str, n: int = 2, top: int = 5, lowercase: bool = True) -> dict:
    tokens = TOKEN.findall(text.lower() if lowercase else text)
    counts = Counter(" ".join(g) for g in ngrams(tokens, n))
    return {
        "tokens": len(tokens),
        "distinct_ngrams": len(counts),
        "top": counts.most_common(top),
        "collocations": collocations(tokens, top=top),
    }


if __name__ == "__main__":
    text = ("New York is big. I love New York in the spring. The spring in New York is short, "
            "but the spring flowers in Central Park are lovely.")
    print(ngram_report(text, n=2))
    print(ngram_report(text, n=3, top=3))
