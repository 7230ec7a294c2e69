# family: ordinary, blind round 50 (Caesar/Vigenere cipher)
import string
from collections import Counter
from itertools import cycle

A = string.ascii_lowercase
ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def _shift(ch, k):
    if ch.islower():
        return A[(A.index(ch) + k) % 26]
    if ch.isupper():
        return A[(A.index(ch.lower()) + k) % 26].upper()
    return ch


def caesar(text, shift):
    return "".join(_shift(c, shift) for c in text)


def vigenere(text, key, decrypt=False):
    sign = -1 if decrypt else 1
    shifts = cycle(A.index(k) for k in key.lower() if k in A)
    return "".join(_shift(c, sign * next(shifts)) if c.isalpha() else c for c in text)


def crack_caesar(ciphertext):
    """Pick the shift whose output best matches English letter frequencies."""
    def score(candidate):
        counts = Counter(c for c in candidate.lower() if c in A)
        return sum(n * (26 - ENGLISH_FREQ.index(c)) for c, n in counts.items())
    return max(range(26), key=lambda s: score(caesar(ciphertext, -s)))


if __name__ == "__main__":
    msg = "Attack at dawn! Meet near the eastern gate, bring the tents."
    c = caesar(msg, 13)
    print("caesar(13):", c)
    shift = crack_caesar(caesar(msg, 7))
    print("cracked shift:", shift, "->", caesar(caesar(msg, 7), -shift))
    v = vigenere(msg, "LEMON")
    print("vigenere:  ", v)
    print("decrypted: ", vigenere(v, "LEMON", decrypt=True))
