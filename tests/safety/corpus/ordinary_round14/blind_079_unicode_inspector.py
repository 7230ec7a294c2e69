"""Inspect strings character by character: names, categories, confusables and normalization."""
import unicodedata
from collections import Counter

CONFUSABLES = {
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
    "\u0456": "i", "\u0391": "A", "\u0392": "B", "\u0395": "E", "\u039f": "O", "\u2010": "-",
    "\u2212": "-", "\u00a0": " ", "\u200b": "",
}
INVISIBLE_CATEGORIES = {"Cf", "Cc", "Zl", "Zp"}


def describe_chars(text: str, limit: int = 50) -> list[dict]:
    rows = []
    for ch in text[:limit]:
        rows.append({
            "char": ch,
            "codepoint": f"U+{ord(ch):04X}",
            "name": unicodedata.name(ch, "<unnamed>"),
            "category": unicodedata.category(ch),
            "utf8": ch.encode("utf-8").hex(" "),
        })
    return rows


def suspicious(text: str) -> dict:
    scripts = Counter()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            scripts[name.split()[0] if name else "UNKNOWN"] += 1
    invisible = [f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in INVISIBLE_CATEGORIES and c not in "\n\t"]
    confusable = [c for c in text if c in CONFUSABLES]
    return {
        "scripts": dict(scripts),
        "mixed_scripts": len(scripts) > 1,
        "invisible": invisible,
        "confusables": [f"{c} (U+{ord(c):04X}) looks like {CONFUSABLES[c]!r}" for c in confusable],
        "skeleton": "".join(CONFUSABLES.get(c, c) for c in text),
    }


def normalization_forms(text: str) -> dict:
    return {form: {"text": unicodedata.normalize(form, text), "length": len(unicodedata.normalize(form, text)),
                   "is_normalized": unicodedata.is_normalized(form, text)}
            for form in ("NFC", "NFD", "NFKC", "NFKD")}


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


if __name__ == "__main__":
    for row in describe_chars("Aé€\u200b"):
        print(row)
    print(suspicious("p\u0430ypal.com\u200b"))
    print(normalization_forms("ﬁancé"))
    print(strip_accents("Crème brûlée à São Paulo"))
