# family: ordinary, blind round 48 (slugify)
"""Convert arbitrary titles into URL-friendly slugs."""
import re
import unicodedata


def slugify(value: str, separator: str = "-", max_length: int = 60) -> str:
    """Return a lowercase ASCII slug for *value*."""
    normalized = unicodedata.normalize("NFKD", value)
    ascii_only = normalized.encode("ascii", "ignore").decode("ascii").lower()
    ascii_only = re.sub(r"[^a-z0-9]+", separator, ascii_only)
    slug = ascii_only.strip(separator)
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip(separator)
    return slug


def unique_slugs(titles):
    """Slugify every title, appending -2, -3, ... for duplicates."""
    seen = {}
    result = []
    for title in titles:
        base = slugify(title)
        count = seen.get(base, 0)
        seen[base] = count + 1
        result.append(base if count == 0 else f"{base}-{count + 1}")
    return result


if __name__ == "__main__":
    samples = [
        "Hello, World!",
        "Crème Brûlée Recipes & Tips",
        "  Python 3.12: What's New?  ",
        "Hello World",
        "A very long title that keeps going and going well beyond the limit we set for slugs",
    ]
    for title, slug in zip(samples, unique_slugs(samples)):
        print(f"{title[:30]!r:>34} -> {slug}")
