"""Generate pseudo-random text with a word-level Markov chain."""

import random
import re
from collections import defaultdict
from collections.abc import Sequence


class MarkovChain:
    def __init__(self, order: int = 2) -> None:
        if order < 1:
            raise ValueError("order must be >= 1")
        self.order = order
        self.table: defaultdict[tuple[str, ...], list[str]] = defaultdict(list)
        self.starts: list[tuple[str, ...]] = []

    def train(self, text: str) -> "MarkovChain":
        for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
            words = sentence.split()
            if len(words) <= self.order:
                continue
            self.starts.append(tuple(words[: self.order]))
            for i in range(len(words) - self.order):
                self.table[tuple(words[i:i + self.order])].append(words[i + self.order])
        return self

    def __call__(self, max_words: int = 30, rng: random.Random | None = None) -> str:
        rng = rng or random.Random()
        if not self.starts:
            return ""
        state = rng.choice(self.starts)
        out: list[str] = list(state)
        while len(out) < max_words:
            choices: Sequence[str] = self.table.get(state, [])
            if not choices:
                break
            nxt = rng.choice(choices)
            out.append(nxt)
            if nxt.endswith((".", "!", "?")):
                break
            state = (*state[1:], nxt)
        return " ".join(out)


def generate_text(corpus: str, sentences: int = 3, order: int = 1, seed: int = 7) -> list[str]:
    chain = MarkovChain(order).train(corpus)
    rng = random.Random(seed)
    return [chain(rng=rng) for _ in range(sentences)]


if __name__ == "__main__":
    corpus = ("The cat sat on the mat. The dog sat on the log. The cat chased the dog. "
              "A dog barked at the cat. The mat was red.")
    for s in generate_text(corpus):
        print(s)
