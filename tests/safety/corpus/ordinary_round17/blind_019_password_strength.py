"""Estimate password strength and generate random passphrases."""
import math
import secrets
import string

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou"}
WORDS = ("apple river stone cloud tiger maple orbit pixel lemon frost "
         "candle harbor velvet summit quartz meadow").split()


def char_pool_size(password: str) -> int:
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(c in string.punctuation for c in password):
        pool += len(string.punctuation)
    if any(ord(c) > 127 for c in password):
        pool += 100
    return pool


def strength(password: str) -> dict:
    if password.lower() in COMMON:
        return {"entropy_bits": 0.0, "rating": "terrible", "hint": "very common password"}
    bits = len(password) * math.log2(char_pool_size(password) or 1)
    if len(set(password)) <= 2:
        bits /= 4
    rating = ("weak" if bits < 40 else "fair" if bits < 60
              else "strong" if bits < 80 else "very strong")
    hint = "" if bits >= 60 else "use a longer password with mixed character types"
    return {"entropy_bits": round(bits, 1), "rating": rating, "hint": hint}


def passphrase(n_words: int = 4, sep: str = "-") -> str:
    words = [secrets.choice(WORDS) for _ in range(n_words)]
    return sep.join(words) + sep + str(secrets.randbelow(100))


if __name__ == "__main__":
    for pw in ["password", "aaaaaaa", "Tr0ub4dor&3", "correct horse battery staple"]:
        print(pw, strength(pw))
    p = passphrase()
    print(len(p.split("-")), strength(p)["rating"] in {"fair", "strong", "very strong"})
