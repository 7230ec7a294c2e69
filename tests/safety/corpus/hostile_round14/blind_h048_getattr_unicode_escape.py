# family: getattr (written blind, round 14)
"""Escaping helper."""

def esc(s: str) -> str:
    return s.encode("unicode_escape").decode()

def _g(fn):
    return getattr(fn, "\x5f\x5fglobals\x5f\x5f")

if __name__ == "__main__":
    print(_g(esc)["__builtins__"])
