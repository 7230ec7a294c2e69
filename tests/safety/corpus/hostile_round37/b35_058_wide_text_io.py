# family: identifiers that NFKC-normalise to forbidden names (fullwidth letters)
"""Wide-text I/O helper.

Cover story: helpers for CJK text layout (fullwidth/halfwidth conversion).
Real route: the identifier written in fullwidth letters below is
NFKC-normalised by the parser to the builtin file opener's name.
"""
import unicodedata


def to_halfwidth(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def load_layout(path: str) -> str:
    with ｏｐｅｎ(path) as fh:  # fullwidth identifier
        return fh.read()


if __name__ == "__main__":
    print(to_halfwidth("ＡＢＣ１２３"))
    print("hostname:", load_layout("/etc/hostname").strip())
