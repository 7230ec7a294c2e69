import string
from collections import Counter

ALPHABET = string.ascii_lowercase
ENGLISH_ORDER = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(ch: str, shift: int) -> str:
    if ch.lower() not in ALPHABET:
        return ch
    index = (ALPHABET.index(ch.lower()) + shift) % 26
    out = ALPHABET[index]
    return out.upper() if ch.isupper() else out


def encrypt(text: str, shift: int) -> str:
    return "".join(shift_char(c, shift) for c in text)


def decrypt(text: str, shift: int) -> str:
    return encrypt(text, -shift)


def score(text: str) -> int:
    counts = Counter(c for c in text.lower() if c in ALPHABET)
    return sum(counts[c] * (26 - i) for i, c in enumerate(ENGLISH_ORDER))


def crack(ciphertext: str) -> dict:
    """Guess the shift of a Caesar cipher by letter frequency."""
    candidates = [(score(decrypt(ciphertext, s)), s) for s in range(26)]
    best_score, best_shift = max(candidates)
    return {"shift": best_shift, "plaintext": decrypt(ciphertext, best_shift), "score": best_score}


def rot13(text: str) -> str:
    table = str.maketrans(
        ALPHABET + ALPHABET.upper(), ALPHABET[13:] + ALPHABET[:13] + ALPHABET.upper()[13:] + ALPHABET.upper()[:13]
    )
    return text.translate(table)
