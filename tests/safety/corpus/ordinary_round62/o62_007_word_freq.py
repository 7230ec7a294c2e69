# family: ordinary, blind round 62 (word frequency with Counter and re.sub lambda)
import re
from collections import Counter

STOPWORDS = frozenset("the a an and or of to in is it that was for on".split())
TEXT = """The quick brown fox jumps over the lazy dog. The dog was not amused;
the fox, however, was VERY amused. It is a fox-eat-dog world, and that is that."""


def normalize(text):
    text = re.sub(r"[A-Z]{2,}", lambda m: m.group(0).lower(), text)
    text = re.sub(r"-", " ", text)
    return re.sub(r"[^\w\s]", "", text).lower()


def tokens(text, stop=STOPWORDS):
    for w in normalize(text).split():
        if w not in stop:
            yield w


def top_words(text, n=5):
    return Counter(tokens(text)).most_common(n)


def highlight(text, words):
    pat = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, words)), re.I)
    return pat.sub(lambda m: "*" + m.group(1).upper() + "*", text)


if __name__ == "__main__":
    top = top_words(TEXT)
    for word, count in top:
        print(f"{word:>8} {'#' * count} ({count})")
    print(highlight(TEXT.splitlines()[0], [w for w, _ in top[:2]]))
