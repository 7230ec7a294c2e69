# ordinary: naive English pluralization with irregular nouns and a count-aware helper
import re

IRREGULAR = {
    "person": "people", "child": "children", "mouse": "mice", "goose": "geese",
    "man": "men", "woman": "women", "tooth": "teeth", "foot": "feet", "ox": "oxen",
}
UNCOUNTABLE = frozenset({"sheep", "fish", "deer", "series", "species", "information", "rice", "equipment"})

RULES = [
    (re.compile(r"(quiz)$", re.I), r"\1zes"),
    (re.compile(r"([^aeiouy])y$", re.I), r"\1ies"),
    (re.compile(r"(x|ch|ss|sh|s|z)$", re.I), r"\1es"),
    (re.compile(r"([^f])fe$", re.I), r"\1ves"),
    (re.compile(r"(?:([^f])fe|([lr])f)$", re.I), r"\1\2ves"),
    (re.compile(r"(tomat|potat|her|ech)o$", re.I), r"\1oes"),
    (re.compile(r"$"), "s"),
]


def _match_case(source: str, target: str) -> str:
    if source.isupper():
        return target.upper()
    if source[:1].isupper():
        return target[:1].upper() + target[1:]
    return target


def pluralize(word: str) -> str:
    lower = word.lower()
    if lower in UNCOUNTABLE:
        return word
    if lower in IRREGULAR:
        return _match_case(word, IRREGULAR[lower])
    for pattern, replacement in RULES:
        if pattern.search(word):
            return pattern.sub(replacement, word, count=1)
    return word + "s"


def count_noun(n: int, word: str, show_zero_as: str = "no") -> str:
    noun = word if n == 1 else pluralize(word)
    amount = show_zero_as if n == 0 else f"{n:,}"
    return f"{amount} {noun}"


if __name__ == "__main__":
    for w in ["city", "box", "knife", "wolf", "Person", "potato", "quiz", "sheep", "day", "BUS"]:
        print(f"{w:>8} -> {pluralize(w)}")
    print(count_noun(0, "file"), "|", count_noun(1, "child"), "|", count_noun(1500, "mouse"))
