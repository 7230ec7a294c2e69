"""Classic ciphers (Caesar, Vigenère, ROT13) for puzzles and teaching."""

import string
from collections.abc import Callable
from functools import partial
from itertools import cycle

UPPER, LOWER = string.ascii_uppercase, string.ascii_lowercase


def _shift_char(ch: str, shift: int) -> str:
    for alphabet in (UPPER, LOWER):
        if ch in alphabet:
            return alphabet[(alphabet.index(ch) + shift) % 26]
    return ch


def caesar(text: str, shift: int) -> str:
    return "".join(_shift_char(c, shift) for c in text)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    if not key.isalpha():
        raise ValueError("key must be alphabetic")
    shifts = cycle((-1 if decrypt else 1) * (ord(k) - ord("a")) for k in key.lower())
    return "".join(_shift_char(c, next(shifts)) if c.isalpha() else c for c in text)


rot13: Callable[[str], str] = partial(caesar, shift=13)


def cipher_tool(text: str, method: str, key: str = "", decrypt: bool = False) -> str:
    if method == "caesar":
        n = int(key or "3")
        return caesar(text, -n if decrypt else n)
    if method == "vigenere":
        return vigenere(text, key or "key", decrypt)
    if method == "rot13":
        return rot13(text)
    raise ValueError(f"unknown method {method!r}")


if __name__ == "__main__":
    secret = cipher_tool("Attack at dawn!", "vigenere", "lemon")
    print(secret, "|", cipher_tool(secret, "vigenere", "lemon", decrypt=True))
    print(cipher_tool("Hello", "caesar", "5"), cipher_tool(cipher_tool("Hello", "rot13"), "rot13"))
