# family: ordinary, blind round 61 (URL slug generator)
import re
import unicodedata

TRANSLITERATIONS = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th", "&": " and "})
STOP_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for"})
NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _ascii_fold(text: str) -> str:
    text = text.lower().translate(TRANSLITERATIONS)
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii")


def slugify(title: str, max_length: int = 60, separator: str = "-", drop_stop_words: bool = False,
            existing: list[str] | None = None) -> dict:
    """Turn a title into a URL-safe slug, truncating on word boundaries and de-duplicating.

    Args:
        title: Arbitrary Unicode title.
        max_length: Maximum slug length.
        separator: Word separator character.
        drop_stop_words: Remove common English stop words.
        existing: Slugs already in use; a numeric suffix is added on collision.
    """
    if separator not in {"-", "_", "."}:
        raise ValueError("separator must be '-', '_' or '.'")
    words = [w for w in NON_ALNUM.split(_ascii_fold(title)) if w]
    if drop_stop_words and len(words) > 1:
        words = [w for w in words if w not in STOP_WORDS] or words
    slug = ""
    for word in words:
        candidate = f"{slug}{separator}{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    slug = slug or (words[0][:max_length] if words else "untitled")
    taken = set(existing or [])
    base, n = slug, 2
    while slug in taken:
        suffix = f"{separator}{n}"
        slug = base[: max_length - len(suffix)] + suffix
        n += 1
    return {"title": title, "slug": slug, "words": len(words), "collided": slug != base}


if __name__ == "__main__":
    print(slugify("Crème Brûlée & Straße: The Best Recipes of 2024!"))
    print(slugify("The Art of Computer Programming", drop_stop_words=True, existing=["art-computer-programming"]))
    print(slugify("Ωμέγα ☃ 東京", max_length=20))
    print(slugify("A very long title that will certainly need truncation somewhere", max_length=25, separator="_"))
