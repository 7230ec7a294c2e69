# ordinary: turn titles into URL slugs, with uniqueness handling
import re
import unicodedata


def slugify(text, max_length=50, separator="-"):
    normalized = unicodedata.normalize("NFKD", text)
    ascii_text = normalized.encode("ascii", "ignore").decode("ascii")
    ascii_text = ascii_text.replace("&", " and ").replace("@", " at ")
    slug = re.sub(r"[^a-zA-Z0-9]+", separator, ascii_text).strip(separator).lower()
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit(separator, 1)[0] if separator in cut else cut
    return slug or "untitled"


class SlugRegistry:
    def __init__(self):
        self._taken = set()

    def make(self, title):
        base = slugify(title)
        slug, n = base, 2
        while slug in self._taken:
            slug = f"{base}-{n}"
            n += 1
        self._taken.add(slug)
        return slug


if __name__ == "__main__":
    reg = SlugRegistry()
    for title in ["Hello, World!", "Crème Brûlée & Café", "hello world", "   ", "Ünïcödé @ Scale: 10x faster"]:
        print(f"{title!r:35} -> {reg.make(title)}")
    print(slugify("A very long title that goes on and on and on and will definitely need truncation", 30))
