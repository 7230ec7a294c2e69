"""Score password strength and give feedback."""

import math
import string
from enum import IntEnum


class Strength(IntEnum):
    VERY_WEAK = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3
    VERY_STRONG = 4

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").title()


COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome"}


def _pool_size(pw: str) -> int:
    pools = [
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation, len(string.punctuation)),
    ]
    return sum(size for chars, size in pools if any(c in chars for c in pw)) or 1


def entropy_bits(pw: str) -> float:
    return len(pw) * math.log2(_pool_size(pw))


def check_password(pw: str) -> dict[str, object]:
    feedback: list[str] = []
    if pw.lower() in COMMON:
        return {"strength": Strength.VERY_WEAK.label, "bits": 0.0, "feedback": ["commonly used password"]}
    if len(pw) < 12:
        feedback.append("use at least 12 characters")
    if not any(c.isdigit() for c in pw):
        feedback.append("add a digit")
    if not any(c in string.punctuation for c in pw):
        feedback.append("add a symbol")
    bits = entropy_bits(pw)
    level = Strength(min(4, int(bits // 20)))
    return {"strength": level.label, "bits": round(bits, 1), "feedback": feedback}


if __name__ == "__main__":
    for p in ("password", "Tr0ub4dor&3", "correct horse battery staple"):
        print(p, check_password(p))
