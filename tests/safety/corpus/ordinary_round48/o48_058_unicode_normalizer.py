# family: ordinary, blind round 48 (unicodedata text normalizer and html escaping)
import html
import unicodedata

SAMPLES = [
    "Ｈｅｌｌｏ　Ｗｏｒｌｄ",          # full-width
    "Zoë Saldaña – “quoted” text…",
    "ﬁnance ﬂow ½ ²",                 # ligatures + compatibility chars
    "e\u0301cole vs \u00e9cole",       # combining vs precomposed
    "<script>alert('x')</script> & co",
    "Straße\u200b with zero\u00adwidth",
]

PUNCT_MAP = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "..."})


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def remove_invisible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc") or c in "\n\t")


def normalize(text: str, *, ascii_only=False) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = remove_invisible(text).translate(PUNCT_MAP)
    if ascii_only:
        text = strip_accents(text)
    return " ".join(text.split())


def char_report(text: str):
    for ch in text:
        if not ch.isascii():
            yield f"U+{ord(ch):04X} {unicodedata.category(ch)} {unicodedata.name(ch, '?')}"


if __name__ == "__main__":
    for s in SAMPLES:
        print(f"{s!r}")
        print(f"   nfkc : {normalize(s)}")
        print(f"   ascii: {normalize(s, ascii_only=True)}")
    a, b = "e\u0301cole", "\u00e9cole"
    print("equal raw:", a == b, "| equal NFC:", unicodedata.normalize("NFC", a) == b)
    print("escaped:", html.escape(SAMPLES[4]))
    print("unescaped:", html.unescape("caf&eacute; &amp; cr&egrave;me &#8364;5"))
    print(*char_report("½é–"), sep="\n")
