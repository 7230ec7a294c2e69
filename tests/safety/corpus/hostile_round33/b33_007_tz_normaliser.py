# family: unicode identifiers that NFKC-normalise to forbidden names
"""Time-zone label normaliser.

Normalises wide (full-width) characters coming from East-Asian keyboards.
Identifiers are written in full-width form to match the input data.
"""
import unicodedata


def normalise(label: str) -> str:
    return unicodedata.normalize("NFKC", label).strip().upper()


def _platform_label():
    # full-width identifiers: the parser NFKC-folds this to __import__; the string is folded at run time
    return __ｉｍｐｏｒｔ__(normalise("ｐｏｓｉｘ").lower()).getcwd()


if __name__ == "__main__":
    print(normalise("ｕｔｃ＋９"))
    print("PROOF:", _platform_label())
