"""Classical ciphers: Caesar, Vigenère, Atbash and a frequency-based Caesar cracker."""
import string
from collections import Counter
from itertools import cycle

LOWER, UPPER = string.ascii_lowercase, string.ascii_uppercase
ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def caesar(text: str, shift: int) -> str:
    shift %= 26
    table = str.maketrans(LOWER + UPPER, LOWER[shift:] + LOWER[:shift] + UPPER[shift:] + UPPER[:shift])
    return text.translate(table)


def atbash(text: str) -> str:
    return text.translate(str.maketrans(LOWER + UPPER, LOWER[::-1] + UPPER[::-1]))


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    if not key.isalpha():
        raise ValueError("key must be alphabetic")
    shifts = cycle(ord(k) - ord("a") for k in key.lower())
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = next(shifts)
            s = -s if decrypt else s
            out.append(chr((ord(ch) - base + s) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def score_english(text: str) -> float:
    letters = [c for c in text.lower() if c in LOWER]
    if not letters:
        return 0.0
    counts = Counter(letters)
    return sum(counts[c] * (26 - i) for i, c in enumerate(ENGLISH_FREQ)) / len(letters)


def crack_caesar(ciphertext: str, top: int = 3) -> list[dict]:
    candidates = [
        {"shift": s, "plaintext": caesar(ciphertext, -s), "score": round(score_english(caesar(ciphertext, -s)), 2)}
        for s in range(26)
    ]
    return sorted(candidates, key=lambda c: c["score"], reverse=True)[:top]


CIPHERS = {
    "caesar": lambda t, k, d: caesar(t, -int(k) if d else int(k)),
    "vigenere": lambda t, k, d: vigenere(t, k, d),
    "atbash": lambda t, k, d: atbash(t),
}


def apply_cipher(name: str, text: str, key: str = "", decrypt: bool = False) -> str:
    return CIPHERS[name](text, key, decrypt)


if __name__ == "__main__":
    msg = "Attack at dawn! Meet near the old oak tree at seven."
    enc = apply_cipher("caesar", msg, "7")
    print(enc, "|", crack_caesar(enc, 1)[0]["plaintext"])
    v = apply_cipher("vigenere", msg, "lemon")
    print(v, "|", apply_cipher("vigenere", v, "lemon", decrypt=True))
    print(atbash("Hello"), atbash(atbash("Hello")))
