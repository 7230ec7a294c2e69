# family: ordinary, blind round 62 (anagram grouping and fuzzy word suggestions)
import difflib
from collections import defaultdict
from itertools import groupby, chain

WORDS = """listen silent enlist tinsel inlets google banana
stone tones notes onset seton angel glean angle evil vile live veil""".split()


def signature(word):
    return "".join(sorted(word.lower()))


def anagram_groups(words, min_size=2):
    groups = defaultdict(list)
    for w in words:
        groups[signature(w)].append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) >= min_size),
                  key=lambda g: (-len(g), g[0]))


def suggest(word, vocab=WORDS, n=3):
    return difflib.get_close_matches(word, vocab, n=n, cutoff=0.6)


def by_first_letter(words):
    ordered = sorted(words)
    return {k: list(g) for k, g in groupby(ordered, key=lambda w: w[0])}


if __name__ == "__main__":
    for g in anagram_groups(WORDS):
        print("%d: %s" % (len(g), ", ".join(g)))
    for typo in ("silnet", "bananna", "xyz"):
        print(f"{typo!r} -> {suggest(typo)}")
    letters = by_first_letter(set(chain.from_iterable(anagram_groups(WORDS))))
    print({k: len(v) for k, v in letters.items()})
