"""Slugify titles, make unique slugs, and normalise whitespace/quotes in text."""
import re
import unicodedata

TRANSLIT = {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "ł": "l", "đ": "d", "&": " and "}
SMART = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}


def slugify(text: str, max_length: int = 60, sep: str = "-") -> str:
    text = "".join(TRANSLIT.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-zA-Z0-9]+", sep, text).strip(sep).lower()
    if len(text) > max_length:
        cut = text[:max_length]
        text = cut.rsplit(sep, 1)[0] if sep in cut else cut
    return text or "untitled"


def unique_slugs(titles: list, **kw) -> list:
    seen = {}
    out = []
    for t in titles:
        base = slugify(t, **kw)
        n = seen.get(base, 0)
        slug = base if n == 0 else f"{base}-{n + 1}"
        while slug in seen:
            n += 1
            slug = f"{base}-{n + 1}"
        seen[base] = n + 1
        seen[slug] = 1
        out.append(slug)
    return out


def clean_text(text: str) -> str:
    text = "".join(SMART.get(c, c) for c in text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return "\n".join(line.strip() for line in text.splitlines()).strip()


if __name__ == "__main__":
    print(unique_slugs(["Hello, World!", "Hello World", "Straße & Café — Ørsted’s guide", "!!!",
                        "hello-world-2", "Hello World"]))
    print(slugify("A very long title that goes on and on about many different things indeed", max_length=30))
    print(repr(clean_text("  \u201cQuoted\u201d   text\u00a0here \n\n\n\n next\u2014line ")))
