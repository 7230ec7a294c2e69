"""Classical ciphers: Caesar, Vigenere and Atbash, for puzzles and teaching."""
import string
from enum import Enum
from itertools import cycle

ALPHA = string.ascii_lowercase


class Cipher(str, Enum):
    CAESAR = "caesar"
    VIGENERE = "vigenere"
    ATBASH = "atbash"


def _shift_char(ch: str, shift: int) -> str:
    if ch.lower() not in ALPHA:
        return ch
    base = "a" if ch.islower() else "A"
    return chr((ord(ch) - ord(base) + shift) % 26 + ord(base))


def caesar(text: str, shift: int) -> str:
    return "".join(_shift_char(c, shift) for c in text)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    shifts = cycle(ALPHA.index(k) for k in key.lower() if k in ALPHA)
    out = []
    for ch in text:
        if ch.lower() in ALPHA:
            s = next(shifts)
            out.append(_shift_char(ch, -s if decrypt else s))
        else:
            out.append(ch)
    return "".join(out)


def atbash(text: str) -> str:
    table = str.maketrans(ALPHA + ALPHA.upper(), ALPHA[::-1] + ALPHA.upper()[::-1])
    return text.translate(table)


def apply_cipher(text: str, cipher: str = "caesar", key: str = "3", decrypt: bool = False) -> str:
    kind = Cipher(cipher.lower())
    if kind is Cipher.CAESAR:
        shift = int(key)
        return caesar(text, -shift if decrypt else shift)
    if kind is Cipher.VIGENERE:
        if not any(k in ALPHA for k in key.lower()):
            raise ValueError("vigenere key needs at least one letter")
        return vigenere(text, key, decrypt)
    return atbash(text)


if __name__ == "__main__":
    secret = apply_cipher("Attack at Dawn!", "vigenere", "lemon")
    print(secret, "->", apply_cipher(secret, "vigenere", "lemon", decrypt=True))
    print(apply_cipher("Hello", "caesar", "13"), apply_cipher("Hello", "atbash"))
