# family: ordinary, blind round 62 (password strength checker with rule registry)
import re
import hashlib
import secrets
import string

RULES = []
COMMON = {"password", "123456", "qwerty", "letmein", "admin"}


def rule(points):
    def deco(fn):
        RULES.append((fn.__name__, points, fn))
        return fn
    return deco


@rule(2)
def long_enough(pw):
    return len(pw) >= 12


@rule(1)
def has_digit(pw):
    return bool(re.search(r"\d", pw))


@rule(1)
def mixed_case(pw):
    return pw.lower() != pw and pw.upper() != pw


@rule(2)
def has_symbol(pw):
    return any(c in string.punctuation for c in pw)


@rule(3)
def not_common(pw):
    return pw.lower() not in COMMON


def strength(pw):
    passed = [(n, p) for n, p, fn in RULES if fn(pw)]
    failed = [n for n, _, fn in RULES if not fn(pw)]
    score = sum(p for _, p in passed)
    label = "weak" if score < 5 else "ok" if score < 8 else "strong"
    return score, label, failed


def generate(n=16, alphabet=string.ascii_letters + string.digits + "!@#$%"):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(n))
        if strength(pw)[1] == "strong":
            return pw


if __name__ == "__main__":
    for pw in ["password", "hunter2", "Tr0ub4dor&3", "correct horse battery staple", "Xy7!Xy7!Xy7!q"]:
        score, label, failed = strength(pw)
        print("{0!r:32} {1:2d} {2:<7} missing={3}".format(pw, score, label, ",".join(failed) or "-"))
    g = generate()
    print("generated strong:", len(g), strength(g)[1], hashlib.sha256(g.encode()).hexdigest()[:8] != "")
