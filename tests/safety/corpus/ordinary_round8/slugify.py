import re
import unicodedata

__all__ = ["slugify"]

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s_]+")
_REPLACEMENTS = {"&": " and ", "@": " at ", "%": " percent ", "+": " plus "}


def _ascii_fold(value: str) -> str:
    normalized = unicodedata.normalize("NFKD", value)
    return normalized.encode("ascii", "ignore").decode("ascii")


def slugify(title: str, max_length: int = 60, separator: str = "-", allow_unicode: bool = False) -> str:
    """Turn an arbitrary title into a URL-friendly slug."""
    value = str(title)
    for symbol, word in _REPLACEMENTS.items():
        value = value.replace(symbol, word)
    if allow_unicode:
        value = unicodedata.normalize("NFKC", value)
    else:
        value = _ascii_fold(value)
    value = _NON_WORD.sub("", value.lower())
    value = _SEPARATORS.sub(separator, value).strip(separator + " ")
    if len(value) > max_length:
        cut = value[:max_length]
        if separator in cut:
            cut = cut.rsplit(separator, 1)[0]
        value = cut
    return value or "untitled"


if __name__ == "__main__":
    for t in ["Héllo Wörld & Friends!", "  100% Pure -- Python  ", "Ça va? Très bien"]:
        print(repr(t), "->", slugify(t))
