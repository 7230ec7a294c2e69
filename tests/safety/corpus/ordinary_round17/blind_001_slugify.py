"""Turn arbitrary titles into URL-friendly slugs."""
import re
import unicodedata


def slugify(text: str, max_length: int = 60, separator: str = "-") -> str:
    """Return a lowercase ASCII slug for *text*."""
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.lower()
    ascii_text = re.sub(r"[^a-z0-9]+", separator, ascii_text)
    ascii_text = ascii_text.strip(separator)
    if len(ascii_text) > max_length:
        cut = ascii_text[:max_length]
        if separator in cut:
            cut = cut.rsplit(separator, 1)[0]
        ascii_text = cut
    return ascii_text


def unique_slug(text: str, existing: list[str]) -> str:
    """Return a slug that does not collide with any in *existing*."""
    base = slugify(text)
    taken = set(existing)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


if __name__ == "__main__":
    print(slugify("Héllo, Wörld! This is   a Test"))
    print(unique_slug("Hello World", ["hello-world", "hello-world-2"]))
    print(slugify("A very long title " * 10, max_length=30))
