"""Estimate password strength and generate passphrases."""
import math
import re
import secrets
import string

COMMON = {"password", "123456", "qwerty", "letmein", "admin", "welcome", "iloveyou", "monkey"}
WORDS = ("apple river stone cloud tiger maple ocean piano candle rocket "
         "garden silver forest window marble copper lemon harbor velvet thunder").split()


def charset_size(pw: str) -> int:
    size = 0
    if re.search(r"[a-z]", pw):
        size += 26
    if re.search(r"[A-Z]", pw):
        size += 26
    if re.search(r"\d", pw):
        size += 10
    if re.search(rf"[{re.escape(string.punctuation)}]", pw):
        size += len(string.punctuation)
    if re.search(r"[^\x00-\x7f]", pw):
        size += 100
    return size


def strength(pw: str) -> dict:
    problems = []
    if pw.lower() in COMMON:
        problems.append("very common password")
    if len(pw) < 10:
        problems.append("shorter than 10 characters")
    if re.search(r"(.)\1\1", pw):
        problems.append("contains a character repeated 3+ times")
    if re.search(r"(0123|1234|2345|abcd|qwer)", pw.lower()):
        problems.append("contains a keyboard or number sequence")
    entropy = len(pw) * math.log2(charset_size(pw)) if pw else 0.0
    if problems:
        entropy /= 2
    score = 0 if entropy < 28 else 1 if entropy < 36 else 2 if entropy < 60 else 3 if entropy < 80 else 4
    return {"entropy_bits": round(entropy, 1), "score": score, "problems": problems}


def passphrase(words: int = 4, sep: str = "-", capitalize: bool = True, add_digit: bool = True) -> str:
    chosen = [secrets.choice(WORDS) for _ in range(words)]
    if capitalize:
        chosen = [w.capitalize() for w in chosen]
    phrase = sep.join(chosen)
    if add_digit:
        phrase += sep + str(secrets.randbelow(100))
    return phrase


def random_password(length: int = 16) -> str:
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*-_"
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if strength(pw)["score"] >= 3 and any(c.isdigit() for c in pw):
            return pw


if __name__ == "__main__":
    for pw in ["password", "Tr0ub4dor&3", "aaaa1234", "correct horse battery staple"]:
        print(pw, strength(pw))
    print(passphrase(), len(random_password()))
