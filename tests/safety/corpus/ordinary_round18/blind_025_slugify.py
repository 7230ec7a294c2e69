"""Create URL slugs and normalised identifiers from arbitrary Unicode titles."""
from __future__ import annotations

import keyword
import re
import unicodedata

_TRANSLIT = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "&": " and "})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(title: str, max_length: int = 60, separator: str = "-") -> str:
    ascii_text = strip_accents(title.lower()).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", separator, ascii_text).strip(separator)
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit(separator, 1)[0]
    return slug or "untitled"


def unique_slug(title: str, existing: set[str]) -> str:
    base = slugify(title)
    candidate, n = base, 2
    while candidate in existing:
        candidate = f"{base}-{n}"
        n += 1
    existing.add(candidate)
    return candidate


def to_identifier(label: str) -> str:
    """Turn a label like 'Total (EUR)' into a valid snake_case Python identifier."""
    ident = slugify(label, max_length=80, separator="_")
    if ident[0].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident):
        ident += "_"
    return ident


if __name__ == "__main__":
    titles = ["Crème Brûlée & Straße Café!", "  Hello,  World  ", "Hello World", "Łódź — 2024 Guide", "???"]
    seen: set[str] = set()
    for t in titles:
        print(f"{t!r:35} -> {unique_slug(t, seen)}")
    print([to_identifier(x) for x in ["Total (EUR)", "2nd place", "class", "Größe"]])
