# family: ordinary, blind round 59 (Caesar and Vigenère ciphers with frequency crack)
import string
from collections import Counter

ALPHA = string.ascii_lowercase
ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def _shift_char(ch: str, k: int) -> str:
    if ch.lower() not in ALPHA:
        return ch
    base = "A" if ch.isupper() else "a"
    return chr((ord(ch) - ord(base) + k) % 26 + ord(base))


def caesar(text: str, shift: int) -> str:
    return "".join(_shift_char(c, shift) for c in text)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    shifts = [ALPHA.index(k) for k in key.lower() if k in ALPHA]
    if not shifts:
        raise ValueError("key must contain letters")
    out, i = [], 0
    for ch in text:
        if ch.lower() in ALPHA:
            k = shifts[i % len(shifts)]
            out.append(_shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def crack_caesar(ciphertext: str) -> tuple[int, str]:
    def score(candidate: str) -> int:
        counts = Counter(c for c in candidate.lower() if c in ALPHA)
        return sum(counts[ch] * (26 - rank) for rank, ch in enumerate(ENGLISH_FREQ))

    best = max(range(26), key=lambda s: score(caesar(ciphertext, -s)))
    return best, caesar(ciphertext, -best)


if __name__ == "__main__":
    msg = "Meet me at the old oak tree at seven, and bring the map."
    enc = caesar(msg, 11)
    print("caesar  :", enc)
    print("cracked :", crack_caesar(enc))
    v = vigenere(msg, "lemon")
    print("vigenere:", v)
    print("decrypt :", vigenere(v, "lemon", decrypt=True))
