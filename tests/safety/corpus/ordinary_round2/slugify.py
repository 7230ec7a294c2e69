# ordinary: turn arbitrary titles into URL slugs using unicodedata normalization and regexes
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s_]+")
TRANSLITERATIONS = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "&": " and "})


def slugify(text: str, max_length: int = 60, separator: str = "-") -> str:
    """Convert 'Crème Brûlée & Café!' into 'creme-brulee-and-cafe'."""
    text = text.lower().translate(TRANSLITERATIONS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode("ascii")
    text = _NON_WORD.sub("", text)
    text = _SEPARATORS.sub(separator, text).strip(separator)
    if len(text) > max_length:
        cut = text[:max_length]
        if separator in cut:
            cut = cut.rsplit(separator, 1)[0]
        text = cut
    return text


def unique_slug(title: str, existing: set[str]) -> str:
    base = slugify(title) or "untitled"
    slug, n = base, 2
    while slug in existing:
        slug = f"{base}-{n}"
        n += 1
    existing.add(slug)
    return slug


if __name__ == "__main__":
    seen: set[str] = set()
    for title in ["Crème Brûlée & Café!", "Hello, World", "Hello World", "Straße über Łódź", "   "]:
        print(f"{title!r:<28} -> {unique_slug(title, seen)}")
