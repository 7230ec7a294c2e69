"""A Porter (1980) stemmer, written for this project so that routing needs no extra dependency.

It follows the published algorithm (steps 1a-5b) closely enough that ``monitor``/``monitoring``,
``translate``/``translation``/``translator`` and ``scrape``/``scraping``/``scraper`` meet on one stem.
Words of three letters or fewer are returned unchanged.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["stem"]

_VOWELS = frozenset("aeiou")


def _is_consonant(word: str, i: int) -> bool:
    ch = word[i]
    if ch in _VOWELS:
        return False
    if ch == "y":
        return i == 0 or not _is_consonant(word, i - 1)
    return True


def _measure(stem: str) -> int:
    """m in [C](VC){m}[V]: the number of vowel-consonant sequences."""
    m = 0
    prev_vowel = False
    for i in range(len(stem)):
        vowel = not _is_consonant(stem, i)
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def _has_vowel(stem: str) -> bool:
    return any(not _is_consonant(stem, i) for i in range(len(stem)))


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _is_consonant(word, len(word) - 1)


def _cvc(word: str) -> bool:
    if len(word) < 3:
        return False
    n = len(word)
    return (
        _is_consonant(word, n - 3)
        and not _is_consonant(word, n - 2)
        and _is_consonant(word, n - 1)
        and word[-1] not in "wxy"
    )


def _replace(word: str, suffixes: tuple[tuple[str, str], ...], min_m: int) -> str:
    for suffix, repl in suffixes:
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            return base + repl if _measure(base) > min_m - 1 else word
    return word


_STEP2 = (
    ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
    ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
    ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
    ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ("logi", "log"),
)  # fmt: skip
_STEP3 = (
    ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
)  # fmt: skip
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
    "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip


def _step1(word: str) -> str:
    if word.endswith("sses") or word.endswith("ies"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("eed"):
        if _measure(word[:-3]) > 0:
            word = word[:-1]
    else:
        for suffix in ("ed", "ing"):
            if word.endswith(suffix) and _has_vowel(word[: -len(suffix)]):
                word = word[: -len(suffix)]
                if word.endswith(("at", "bl", "iz")):
                    word += "e"
                elif _double_consonant(word) and word[-1] not in "lsz":
                    word = word[:-1]
                elif _measure(word) == 1 and _cvc(word):
                    word += "e"
                break
    if word.endswith("y") and _has_vowel(word[:-1]):
        word = word[:-1] + "i"
    return word


def _step4(word: str) -> str:
    for suffix in sorted(_STEP4, key=len, reverse=True):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if _measure(base) > 1 and (suffix != "ion" or base.endswith(("s", "t"))):
                return base
            return word
    return word


def _step5(word: str) -> str:
    if word.endswith("e"):
        base = word[:-1]
        m = _measure(base)
        if m > 1 or (m == 1 and not _cvc(base)):
            word = base
    if _measure(word) > 1 and _double_consonant(word) and word.endswith("l"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter stem of a lower-case word (British ``-ise`` spellings are read as ``-ize``)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word in _KEEP:
        return _KEEP[word]
    if word.endswith(("ise", "ised", "ises", "ising", "isation", "isations", "iser", "isers")):
        word = word.replace("is", "iz", -1) if word.count("is") == 1 else _americanise(word)
    word = _step1(word)
    word = _replace(word, _STEP2, 1)
    word = _replace(word, _STEP3, 1)
    word = _step4(word)
    word = _step5(word)
    # Beyond Porter: agent nouns meet their verb (writer/write, scraper/scrape, tester/test), a final
    # y meets the i that Porter makes of it elsewhere (deploy/deployment), and a few irregular families.
    if word.endswith("er") and not word.endswith("eer") and len(word) >= 6 and _measure(word[:-2]) == 1:
        word = word[:-2]
        if _cvc(word):
            word += "e"
    if word.endswith("y"):
        word = word[:-1] + "i"
    return _IRREGULAR.get(word, word)


# Words Porter would merge with an unrelated one (production/product, charger/charged).
_KEEP = {
    "production": "production", "charger": "charger", "chargers": "charger", "news": "news",
    "accounting": "accounting", "server": "server", "servers": "server", "clustering": "clustering",
    "physical": "physical",
}  # fmt: skip

_IRREGULAR = {
    "analysi": "analyz", "analys": "analyz", "analyt": "analyz", "analyst": "analyz",
    "written": "write", "wrote": "write", "built": "build", "sent": "send", "bought": "buy",
    "children": "child", "men": "man", "women": "woman", "data": "data", "datum": "data",
}  # fmt: skip


def _americanise(word: str) -> str:
    i = word.rfind("is")
    return word[:i] + "iz" + word[i + 2 :]
