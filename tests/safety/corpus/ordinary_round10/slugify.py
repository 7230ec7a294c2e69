"""Create URL-friendly slugs from arbitrary titles."""

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s_]+")
_REPLACEMENTS = {"&": " and ", "@": " at ", "+": " plus ", "ß": "ss", "æ": "ae", "ø": "o"}


def _transliterate(text: str) -> str:
    for src, dst in _REPLACEMENTS.items():
        text = text.replace(src, dst)
    normalized = unicodedata.normalize("NFKD", text)
    return normalized.encode("ascii", "ignore").decode("ascii")


def slugify(title: str, max_length: int = 60, separator: str = "-") -> str:
    text = _transliterate(title.lower())
    text = _NON_WORD.sub("", text)
    text = _SEPARATORS.sub(separator, text).strip(separator)
    if len(text) > max_length:
        cut = text[:max_length]
        if separator in cut:
            cut = cut.rsplit(separator, 1)[0]
        text = cut
    return text


def unique_slugs(titles: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for t in titles:
        base = slugify(t)
        n = seen.get(base, 0)
        seen[base] = n + 1
        out.append(base if n == 0 else f"{base}-{n + 1}")
    return out


if __name__ == "__main__":
    print(unique_slugs(["Héllo Wörld!", "Tom & Jerry's Café", "Hello World", "Straße @ Night"]))
