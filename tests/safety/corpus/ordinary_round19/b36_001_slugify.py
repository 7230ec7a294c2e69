"""Turn arbitrary titles into URL-friendly slugs."""
import re
import unicodedata


def slugify(text: str, separator: str = "-", max_length: int = 80) -> str:
    """Convert text to a lowercase ASCII slug.

    Accented characters are transliterated where possible, everything that is
    not a letter or digit collapses into a single separator.
    """
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.lower()
    slug = re.sub(r"[^a-z0-9]+", separator, ascii_text).strip(separator)
    if len(slug) > max_length:
        slug = slug[:max_length].rstrip(separator)
    return slug


def unique_slug(text: str, existing: set[str]) -> str:
    """Return a slug that does not collide with any slug in ``existing``."""
    base = slugify(text)
    candidate = base
    counter = 2
    while candidate in existing:
        candidate = f"{base}-{counter}"
        counter += 1
    return candidate


if __name__ == "__main__":
    print(slugify("Hello, World! Ça va?"))
    print(slugify("  Crème Brûlée: A   Recipe  ", separator="_"))
    taken = {"my-post", "my-post-2"}
    print(unique_slug("My Post", taken))
