# ordinary: make URL slugs from titles (ASCII-folding accents)
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEP = re.compile(r"[-\s_]+")


def slugify(title: str, max_length: int = 60, separator: str = "-", keep_unicode: bool = False) -> dict[str, str]:
    """Turn 'Crème Brûlée: A History!' into 'creme-brulee-a-history'."""
    text = unicodedata.normalize("NFKC" if keep_unicode else "NFKD", title)
    if not keep_unicode:
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        text = text.encode("ascii", "ignore").decode("ascii")
    text = _NON_WORD.sub("", text).strip().lower()
    slug = _SEP.sub(separator, text)
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit(separator, 1)[0] if separator in cut else cut
    return {"slug": slug.strip(separator), "length": str(len(slug))}


if __name__ == "__main__":
    print(slugify("Crème Brûlée: A History of Façades & Naïveté!"))
