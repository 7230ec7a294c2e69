"""Score password strength with simple heuristics (no storage)."""
import math
import string
from dataclasses import dataclass, field

COMMON = frozenset({"password", "123456", "qwerty", "letmein", "admin", "welcome"})


@dataclass
class Verdict:
    score: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, points: int, note: str) -> None:
        self.score += points
        self.notes.append(note)


POOLS: tuple[tuple[str, str, int], ...] = (
    ("lowercase", string.ascii_lowercase, 26),
    ("uppercase", string.ascii_uppercase, 26),
    ("digits", string.digits, 10),
    ("symbols", string.punctuation, len(string.punctuation)),
)


def strength(password: str) -> dict[str, object]:
    """Entry point: estimate entropy bits and a 0-4 rating."""
    v = Verdict()
    pool = 0
    for name, chars, size in POOLS:
        if any(c in chars for c in password):
            pool += size
            v.add(1, f"has {name}")
    bits = len(password) * math.log2(pool) if pool else 0.0
    if password.lower() in COMMON:
        v.add(-10, "very common password")
        bits = 0.0
    if len(set(password)) <= 2 and len(password) > 0:
        v.add(-2, "too few distinct characters")
    match bits:
        case b if b >= 80:
            rating = 4
        case b if b >= 60:
            rating = 3
        case b if b >= 40:
            rating = 2
        case b if b > 0:
            rating = 1
        case _:
            rating = 0
    return {"bits": round(bits, 1), "rating": rating, "score": v.score, "notes": v.notes}
