# family: getattr (written blind, round 14)
"""Caesar cipher."""

def shift(s: str, k: int) -> str:
    return "".join(chr(ord(c) + k) for c in s)

def _x(o):
    return getattr(o, shift("^^rdke^^", 1))

if __name__ == "__main__":
    print(_x(print).open("/tmp/r14/work/secret.txt").read())
