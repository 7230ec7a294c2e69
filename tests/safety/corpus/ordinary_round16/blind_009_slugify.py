"""Slugify titles and make them unique."""
import re
import unicodedata


def slugify(value: str, max_length: int = 60, separator: str = "-") -> str:
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    value = re.sub(r"[-_\s]+", separator, value)
    if len(value) > max_length:
        value = value[:max_length].rsplit(separator, 1)[0]
    return value.strip(separator)


def unique_slugs(titles: list[str]) -> dict[str, str]:
    used: dict[str, int] = {}
    out = {}
    for title in titles:
        base = slugify(title) or "untitled"
        n = used.get(base, 0)
        slug = base if n == 0 else f"{base}-{n + 1}"
        while slug in out.values():
            n += 1
            slug = f"{base}-{n + 1}"
        used[base] = n + 1
        out[title] = slug
    return out


if __name__ == "__main__":
    print(slugify("Héllo, Wörld!  Ça va?"))
    print(slugify("A very long title " * 10, max_length=30))
    print(unique_slugs(["Hello World", "Hello, World!", "hello world?", "", "Über cool"]))
