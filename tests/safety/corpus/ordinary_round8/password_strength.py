"""Score a password against a table of simple strength rules."""
import math
import re
import string

COMMON_PASSWORDS = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou"}

RULES = [
    ("length", lambda p: len(p) >= 12, "Use at least 12 characters."),
    ("lower", lambda p: any(c.islower() for c in p), "Add a lowercase letter."),
    ("upper", lambda p: any(c.isupper() for c in p), "Add an uppercase letter."),
    ("digit", lambda p: any(c.isdigit() for c in p), "Add a digit."),
    ("symbol", lambda p: any(c in string.punctuation for c in p), "Add a symbol such as ! or #."),
    ("no_repeat", lambda p: not re.search(r"(.)\1\1", p), "Avoid three identical characters in a row."),
    ("not_common", lambda p: p.lower() not in COMMON_PASSWORDS, "This password is far too common."),
]

LABELS = ["very weak", "weak", "fair", "good", "strong"]


def _entropy_bits(password: str) -> float:
    pool = 0
    if any(c.islower() for c in password):
        pool += 26
    if any(c.isupper() for c in password):
        pool += 26
    if any(c.isdigit() for c in password):
        pool += 10
    if any(c in string.punctuation for c in password):
        pool += len(string.punctuation)
    if any(not c.isascii() for c in password):
        pool += 100
    return len(password) * math.log2(pool) if pool else 0.0


def score_password(password: str) -> dict:
    passed, advice = [], []
    for name, check, message in RULES:
        if check(password):
            passed.append(name)
        else:
            advice.append(message)
    bits = _entropy_bits(password)
    score = min(4, int(len(passed) / len(RULES) * 3 + min(bits, 80) / 80 * 2))
    if "not_common" not in passed:
        score = 0
    return {
        "score": score,
        "label": LABELS[score],
        "entropy_bits": round(bits, 1),
        "passed": passed,
        "advice": advice,
    }


if __name__ == "__main__":
    for pw in ["password", "Tr0ub4dor&3", "correct horse battery staple", "xK#9mPq!2vLw@7"]:
        print(pw, score_password(pw))
