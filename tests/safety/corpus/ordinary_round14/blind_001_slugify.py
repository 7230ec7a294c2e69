"""Turn arbitrary titles into URL-friendly slugs."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s_]+")


def slugify(text: str, max_length: int = 60, separator: str = "-") -> str:
    """Return a lowercase ASCII slug for ``text``."""
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    cleaned = _NON_WORD.sub("", ascii_text).strip().lower()
    slug = _SEPARATORS.sub(separator, cleaned)
    if len(slug) > max_length:
        cut = slug[:max_length]
        if separator in cut:
            cut = cut.rsplit(separator, 1)[0]
        slug = cut
    return slug.strip(separator)


def unique_slugs(titles: list[str]) -> dict[str, str]:
    """Map each title to a slug, de-duplicating with numeric suffixes."""
    seen: dict[str, int] = {}
    result = {}
    for title in titles:
        base = slugify(title)
        count = seen.get(base, 0)
        seen[base] = count + 1
        result[title] = base if count == 0 else f"{base}-{count + 1}"
    return result


if __name__ == "__main__":
    print(slugify("Héllo, Wörld! This is   a test_title"))
    print(unique_slugs(["Intro", "intro!", "Über Alles", "INTRO"]))
