# family: ordinary, blind round 59 (password strength estimator)
import math
import re
import string
from dataclasses import dataclass, field
from typing import List

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou"}


@dataclass
class StrengthReport:
    password_length: int
    entropy_bits: float
    score: int
    label: str
    issues: List[str] = field(default_factory=list)


def estimate_strength(password: str) -> StrengthReport:
    pool = 0
    issues = []
    checks = [
        (string.ascii_lowercase, 26, "no lowercase letters"),
        (string.ascii_uppercase, 26, "no uppercase letters"),
        (string.digits, 10, "no digits"),
        (string.punctuation, len(string.punctuation), "no symbols"),
    ]
    for charset, size, message in checks:
        if any(c in charset for c in password):
            pool += size
        else:
            issues.append(message)
    entropy = len(password) * math.log2(pool) if pool else 0.0
    if len(password) < 8:
        issues.append("shorter than 8 characters")
    if password.lower() in COMMON:
        issues.append("very common password")
        entropy = min(entropy, 10.0)
    if re.search(r"(.)\1{2,}", password):
        issues.append("repeated characters")
        entropy *= 0.8
    if re.search(r"(?:abc|123|qwe|xyz)", password.lower()):
        issues.append("contains a simple sequence")
        entropy *= 0.9
    score = min(4, int(entropy // 20))
    label = ["very weak", "weak", "fair", "strong", "very strong"][score]
    return StrengthReport(len(password), round(entropy, 1), score, label, issues)


if __name__ == "__main__":
    for pw in ["password", "Tr0ub4dor&3", "correcthorsebatterystaple", "aaaaaa1", "x9#Lq!v2Pz@8mW"]:
        r = estimate_strength(pw)
        print(f"{pw:<28} {r.label:<12} {r.entropy_bits:>6} bits  {'; '.join(r.issues) or 'ok'}")
