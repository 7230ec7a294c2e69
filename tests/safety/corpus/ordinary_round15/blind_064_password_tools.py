"""Password strength estimate and secure passphrase/password generation."""
import math
import re
import secrets
import string

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou", "monkey"}
WORDS = ("amber anchor apple atlas badge bamboo beacon canyon cedar cobalt comet coral delta ember falcon "
         "fjord garnet glacier harbor hazel indigo jasper kettle lagoon lantern maple meadow nectar "
         "nimbus orbit pepper quartz raven saffron sierra tundra velvet willow zephyr").split()


def strength(pw: str) -> dict:
    pools = [(r"[a-z]", 26), (r"[A-Z]", 26), (r"\d", 10), (r"[^A-Za-z0-9]", 33)]
    pool = sum(size for pat, size in pools if re.search(pat, pw))
    entropy = len(pw) * math.log2(pool) if pool else 0.0
    issues = []
    if pw.lower() in COMMON:
        issues.append("common password")
        entropy = min(entropy, 10)
    if re.search(r"(.)\1\1", pw):
        issues.append("repeated characters")
        entropy *= 0.8
    if re.search(r"(?:abc|123|qwe|xyz)", pw.lower()):
        issues.append("sequential pattern")
        entropy *= 0.85
    if len(pw) < 10:
        issues.append("short")
    label = "weak" if entropy < 40 else "fair" if entropy < 60 else "strong" if entropy < 90 else "very strong"
    return {"entropy_bits": round(entropy, 1), "label": label, "issues": issues}


def generate_password(length: int = 16, symbols: bool = True) -> str:
    alphabet = string.ascii_letters + string.digits + ("!@#$%^&*-_=+" if symbols else "")
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw) and any(c.isdigit() for c in pw)
                and (not symbols or any(not c.isalnum() for c in pw))):
            return pw


def generate_passphrase(words: int = 4, sep: str = "-") -> str:
    return sep.join(secrets.choice(WORDS) for _ in range(words)) + sep + str(secrets.randbelow(100))


if __name__ == "__main__":
    for pw in ["password", "Tr0ub4dor&3", "aaabc123", generate_password(), generate_passphrase()]:
        print(len(pw), strength(pw))
