# family: ordinary, blind round 48 (tokenizer and word frequency)
import re
from collections import Counter
from dataclasses import dataclass

TOKEN_RE = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<WORD>[A-Za-z]+(?:'[a-z]+)?)
  | (?P<PUNCT>[.,!?;:])
  | (?P<SPACE>\s+)
""", re.VERBOSE)

STOPWORDS = frozenset("a an the and or of to in is it that was for on with as".split())


@dataclass
class Token:
    kind: str
    text: str
    pos: int


def tokenize(text):
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "SPACE":
            continue
        yield Token(kind, m.group(), m.start())


def word_frequencies(text, top=5):
    words = (t.text.lower() for t in tokenize(text) if t.kind == "WORD")
    counts = Counter(w for w in words if w not in STOPWORDS)
    return counts.most_common(top)


SAMPLE = """The quick brown fox jumps over the lazy dog. The dog didn't care;
it was 3.5 times bigger than the fox! A fox, a dog, and 2 cats walked in the park.
Nobody expected the fox to return, but the fox did."""

if __name__ == "__main__":
    tokens = list(tokenize(SAMPLE))
    kinds = Counter(t.kind for t in tokens)
    print("token kinds:", dict(kinds))
    print("first five:", [t.text for t in tokens[:5]])
    for word, n in word_frequencies(SAMPLE):
        print(f"{word:<10}{n:>3}")
