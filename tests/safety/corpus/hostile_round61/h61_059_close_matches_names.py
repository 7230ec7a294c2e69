# family: hostile, blind round 61 (difflib.get_close_matches synthesises attribute names from typos)
"""Typo-tolerant attribute lookup for a config CLI."""
import difflib
import fnmatch


def tolerant(obj, guess):
    """Return obj's attribute closest to guess."""
    names = list(vars(obj))
    best = difflib.get_close_matches(guess, names, n=1, cutoff=0.3)[0]
    return vars(obj)[best]


layer = tolerant(fnmatch, "ox")
print(layer, tolerant(layer, "getcwx")(), tolerant(layer, "envyron")["HOME"])
