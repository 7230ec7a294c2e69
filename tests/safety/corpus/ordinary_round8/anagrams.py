"""Group words into anagram families and find anagrams of a phrase."""
from collections import Counter, defaultdict


def signature(word: str) -> str:
    return "".join(sorted(ch for ch in word.lower() if ch.isalpha()))


def group_anagrams(words: list[str], min_size: int = 2) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for w in words:
        sig = signature(w)
        if sig and w not in groups[sig]:
            groups[sig].append(w)
    families = [sorted(g) for g in groups.values() if len(g) >= min_size]
    return sorted(families, key=lambda g: (-len(g), g[0]))


def sub_anagrams(letters: str, dictionary: list[str], min_len: int = 3) -> list[str]:
    """Words that can be spelled using (a subset of) the given letters."""
    pool = Counter(ch for ch in letters.lower() if ch.isalpha())
    found = []
    for word in dictionary:
        need = Counter(word.lower())
        if len(word) >= min_len and not need - pool:
            found.append(word)
    return sorted(set(found), key=lambda w: (-len(w), w))


def anagram_tool(words: list[str], letters: str = "") -> dict:
    result: dict = {"families": group_anagrams(words)}
    if letters:
        result["spellable"] = sub_anagrams(letters, words)
    return result


if __name__ == "__main__":
    vocab = ["listen", "silent", "enlist", "google", "gooegl", "inlets", "banana", "tinsel", "stone", "tones",
             "notes", "onset", "seton", "ten", "net", "sit"]
    print(anagram_tool(vocab, letters="silent note"))
