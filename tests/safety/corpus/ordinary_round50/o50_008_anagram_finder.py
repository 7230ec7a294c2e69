# family: ordinary, blind round 50 (find anagrams)
from collections import Counter, defaultdict

WORDS = """listen silent enlist tinsel google inlets banana stone tones notes onset
evil vile live veil rat tar art star rats arts tsar dusty study night thing""".split()


def signature(word):
    return "".join(sorted(word.lower()))


def group_anagrams(words):
    groups = defaultdict(set)
    for w in words:
        groups[signature(w)].add(w.lower())
    return [sorted(g) for g in groups.values() if len(g) > 1]


def find_anagrams(target, candidates):
    sig = signature(target)
    return sorted({c for c in candidates if signature(c) == sig and c.lower() != target.lower()})


def can_build(word, letters):
    """True if `word` can be spelled with the multiset of `letters`."""
    need, have = Counter(word.lower()), Counter(letters.lower())
    return all(have[ch] >= n for ch, n in need.items())


if __name__ == "__main__":
    for group in sorted(group_anagrams(WORDS), key=len, reverse=True):
        print(", ".join(group))
    print("anagrams of 'silent':", find_anagrams("silent", WORDS))
    print("words from 'tarsnoe':", [w for w in WORDS if can_build(w, "tarsnoe")])
