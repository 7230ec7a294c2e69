# ordinary: generate strong passwords and passphrases with the secrets module and estimate entropy
import math
import secrets
import string

WORDS = ("apple river stone cloud amber tiger maple orbit lemon crane piano violet "
         "harbor copper falcon meadow quartz saddle timber velvet willow zephyr").split()
SYMBOLS = "!@#$%^&*-_=+?"


def password(length: int = 16, symbols: bool = True) -> str:
    if length < 8:
        raise ValueError("length must be at least 8")
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits]
    if symbols:
        pools.append(SYMBOLS)
    alphabet = "".join(pools)
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if all(any(ch in pool for ch in candidate) for pool in pools):
            return candidate


def passphrase(words: int = 5, separator: str = "-", capitalize: bool = True) -> str:
    chosen = [secrets.choice(WORDS) for _ in range(words)]
    if capitalize:
        chosen = [w.capitalize() for w in chosen]
    return separator.join(chosen) + separator + str(secrets.randbelow(100))


def entropy_bits(pool_size: int, length: int) -> float:
    return length * math.log2(pool_size)


def strength_label(bits: float) -> str:
    for threshold, label in ((128, "excellent"), (80, "strong"), (60, "fair"), (0, "weak")):
        if bits >= threshold:
            return label
    return "weak"


if __name__ == "__main__":
    pool = len(string.ascii_letters + string.digits + SYMBOLS)
    for n in (8, 12, 20):
        bits = entropy_bits(pool, n)
        print(f"{n:>2} chars: {len(password(n))} generated, {bits:5.1f} bits ({strength_label(bits)})")
    phrase = passphrase()
    print("passphrase with", phrase.count("-") + 1, "parts,", f"{entropy_bits(len(WORDS), 5):.1f} bits")
    print("reset token length:", len(secrets.token_urlsafe(32)))
