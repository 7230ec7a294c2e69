"""Unicode-aware text statistics: categories, accents, width."""
import unicodedata
from collections import Counter
from typing import TypedDict


class TextStats(TypedDict):
    chars: int
    categories: dict[str, int]
    ascii_folded: str
    scripts: dict[str, int]
    wide: int


CATEGORY_GROUPS = {"L": "letters", "N": "numbers", "P": "punctuation", "S": "symbols",
                   "Z": "separators", "M": "marks", "C": "other"}


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def script_of(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    return name.split(" ", 1)[0]


def text_stats(text: str) -> TextStats:
    """Entry point: summarise characters by category and script."""
    cats: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    wide = 0
    for ch in unicodedata.normalize("NFC", text):
        cats[CATEGORY_GROUPS[unicodedata.category(ch)[0]]] += 1
        if ch.isalpha():
            scripts[script_of(ch)] += 1
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            wide += 1
    return TextStats(
        chars=len(text),
        categories=dict(cats),
        ascii_folded=fold_accents(text).encode("ascii", "ignore").decode(),
        scripts=dict(scripts.most_common()),
        wide=wide,
    )
