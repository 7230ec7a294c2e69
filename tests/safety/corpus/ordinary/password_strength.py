import math
import string

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome"}


def entropy_bits(password: str) -> float:
    pool = 0
    if any(c in string.ascii_lowercase for c in password):
        pool += 26
    if any(c in string.ascii_uppercase for c in password):
        pool += 26
    if any(c in string.digits for c in password):
        pool += 10
    if any(c in string.punctuation for c in password):
        pool += len(string.punctuation)
    if any(not c.isascii() for c in password):
        pool += 100
    return round(len(password) * math.log2(pool), 2) if pool else 0.0


def password_strength(password: str) -> dict:
    """Rate a password from 0 (terrible) to 4 (strong), with reasons."""
    reasons = []
    if password.lower() in COMMON:
        return {"score": 0, "entropy": 0.0, "reasons": ["a very common password"]}
    if len(password) < 8:
        reasons.append("shorter than 8 characters")
    if password.isdigit():
        reasons.append("digits only")
    if len(set(password)) <= 2:
        reasons.append("too few distinct characters")
    bits = entropy_bits(password)
    score = min(4, int(bits // 20))
    if reasons:
        score = min(score, 1)
    return {"score": score, "entropy": bits, "reasons": reasons}
