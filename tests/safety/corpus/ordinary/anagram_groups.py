from collections import defaultdict
from itertools import permutations


def group_anagrams(words: list[str]) -> list[list[str]]:
    """Group words that are anagrams of each other (case-insensitive)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for word in words:
        key = "".join(sorted(word.lower().replace(" ", "")))
        groups[key].append(word)
    return sorted((sorted(group) for group in groups.values()), key=lambda g: (-len(g), g[0]))


def is_anagram(a: str, b: str) -> bool:
    def normal(s: str) -> list[str]:
        return sorted(c for c in s.lower() if c.isalnum())

    return normal(a) == normal(b)


def all_anagrams(word: str, dictionary: list[str]) -> list[str]:
    known = {w.lower() for w in dictionary}
    if len(word) > 8:
        candidates = {w for w in known if is_anagram(w, word)}
    else:
        candidates = {"".join(p) for p in permutations(word.lower())} & known
    candidates.discard(word.lower())
    return sorted(candidates)


def palindromes(words: list[str]) -> list[str]:
    return [w for w in words if len(w) > 1 and w.lower() == w.lower()[::-1]]
