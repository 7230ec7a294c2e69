# family: ordinary, blind round 59 (slugify titles with unicode normalisation)
import re
import unicodedata

_STOPWORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "to"})


def slugify(title: str, max_length: int = 50, drop_stopwords: bool = False,
            separator: str = "-") -> str:
    text = unicodedata.normalize("NFKD", title)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("&", " and ")
    words = re.findall(r"[a-z0-9]+", text)
    if drop_stopwords:
        filtered = [w for w in words if w not in _STOPWORDS]
        words = filtered or words
    slug = ""
    for word in words:
        candidate = f"{slug}{separator}{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if not slug and words:
        slug = words[0][:max_length]
    return slug


def unique_slug(title: str, existing: set) -> str:
    base = slugify(title)
    slug, n = base, 2
    while slug in existing:
        slug = f"{base}-{n}"
        n += 1
    existing.add(slug)
    return slug


if __name__ == "__main__":
    taken: set = set()
    titles = [
        "Crème Brûlée & Other Desserts",
        "The Art of Computer Programming, Vol. 1",
        "  Ünïcödé   Títles — are fun!  ",
        "Crème brûlée and other desserts",
        "A Really Long Title That Keeps Going And Going Beyond Any Reasonable Length",
    ]
    for t in titles:
        print(f"{unique_slug(t, taken):<52} <- {t!r}")
    print(slugify("The Lord of the Rings", drop_stopwords=True, separator="_"))
