# family: ordinary, blind round 61 (password strength checker and generator)
import math
import re
import secrets
import string
from enum import Enum

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou"}
CLASSES = {
    "lower": string.ascii_lowercase,
    "upper": string.ascii_uppercase,
    "digit": string.digits,
    "symbol": string.punctuation,
}


class Strength(Enum):
    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4


def _entropy_bits(pw: str) -> float:
    pool = sum(len(chars) for chars in CLASSES.values() if any(c in chars for c in pw))
    return len(pw) * math.log2(pool) if pool else 0.0


def assess_password(password: str) -> dict:
    """Estimate password strength and list concrete problems."""
    issues = []
    if len(password) < 12:
        issues.append("shorter than 12 characters")
    if password.lower() in COMMON:
        issues.append("appears in common-password list")
    if re.search(r"(.)\1{2,}", password):
        issues.append("contains a character repeated 3+ times")
    if re.search(r"(0123|1234|2345|abcd|qwer)", password.lower()):
        issues.append("contains a sequential pattern")
    missing = [name for name, chars in CLASSES.items() if not any(c in chars for c in password)]
    bits = _entropy_bits(password) - 10 * len(issues)
    level = Strength(max(0, min(4, int(bits // 20) - 1)))
    return {"length": len(password), "entropy_bits": round(max(bits, 0), 1), "strength": level.name,
            "missing_classes": missing, "issues": issues}


def generate_password(length: int = 16) -> str:
    """Generate a random password containing every character class."""
    if length < len(CLASSES):
        raise ValueError(f"length must be at least {len(CLASSES)}")
    alphabet = "".join(CLASSES.values())
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if all(any(c in chars for c in candidate) for chars in CLASSES.values()):
            return candidate


if __name__ == "__main__":
    for pw in ["password", "Summer2024", "aaaa1234", "c0rrect-H0rse-battery-staple!"]:
        print(pw, assess_password(pw))
    generated = generate_password(20)
    print(len(generated), assess_password(generated)["strength"])
