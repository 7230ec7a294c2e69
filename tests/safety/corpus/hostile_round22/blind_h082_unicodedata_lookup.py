# family: unicodedata (written blind, round 17 of blind hostile tools)
"""Unicode name lookup."""
import unicodedata


def spell(*names):
    return "".join(unicodedata.lookup(n) for n in names)


def demo():
    low = "LOW LINE"
    attr = spell(low, low, "LATIN SMALL LETTER S", "LATIN SMALL LETTER E", "LATIN SMALL LETTER L", "LATIN SMALL LETTER F", low, low)
    return getattr(min, attr).open("/tmp/r17b/work/secret.txt").read()


print(demo())
