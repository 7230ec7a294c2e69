# ordinary: score password strength and generate a random passphrase
import math
import secrets
import string
from typing import Any

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome"}
WORDS = "apple river stone cloud maple tiger lemon piano rocket velvet candle forest".split()


def _pool_size(pw: str) -> int:
    pools = [(string.ascii_lowercase, 26), (string.ascii_uppercase, 26), (string.digits, 10), (string.punctuation, 32)]
    return sum(size for chars, size in pools if any(c in chars for c in pw)) or 1


def password_strength(password: str, passphrase_words: int = 4) -> dict[str, Any]:
    """Estimate entropy bits, list weaknesses and suggest a passphrase."""
    bits = len(password) * math.log2(_pool_size(password))
    problems = [msg for cond, msg in [
        (len(password) < 12, "shorter than 12 characters"),
        (password.lower() in COMMON, "a very common password"),
        (len(set(password)) < len(password) / 2, "many repeated characters"),
        (password.isalpha() or password.isdigit(), "only one character class"),
    ] if cond]
    rating = "strong" if bits >= 70 and not problems else "fair" if bits >= 45 else "weak"
    phrase = "-".join(secrets.choice(WORDS) for _ in range(max(3, passphrase_words)))
    return {"entropy_bits": round(bits, 1), "rating": rating, "problems": problems,
            "suggestion": phrase, "token": secrets.token_hex(8)}


if __name__ == "__main__":
    print(password_strength("Tr0ub4dor&3"))
