"""Word frequency report for a block of text."""

import re
from collections import Counter
from typing import NamedTuple

STOPWORDS = frozenset(
    "a an and are as at be by for from has he in is it its of on that the to was were will with".split()
)


class WordCount(NamedTuple):
    word: str
    count: int
    share: float

    def describe(self) -> str:
        return f"{self.word:<15}{self.count:>5}{self.share:>8.1%}"


def tokenize(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def word_frequency(text: str, top: int = 10, skip_stopwords: bool = True) -> list[WordCount]:
    words = [w.strip("'") for w in tokenize(text)]
    words = [w for w in words if w and (not skip_stopwords or w not in STOPWORDS)]
    total = len(words) or 1
    counts = Counter(words)
    return [WordCount(w, c, c / total) for w, c in counts.most_common(top)]


def render_report(rows: list[WordCount]) -> str:
    header = f"{'word':<15}{'count':>5}{'share':>8}"
    return "\n".join([header, "-" * len(header), *(r.describe() for r in rows)])


if __name__ == "__main__":
    txt = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs."
    print(render_report(word_frequency(txt, top=5)))
