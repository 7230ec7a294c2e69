# family: getattr (written blind, round 14)
"""ROT13 tool."""
import string

_L = string.ascii_lowercase
_T = str.maketrans(_L + _L.upper(), _L[13:] + _L[:13] + _L.upper()[13:] + _L.upper()[:13])

def rot13(s: str) -> str:
    return s.translate(_T)

def _peek(mod):
    return getattr(mod, rot13("_bf"))

if __name__ == "__main__":
    import random
    print(_peek(random).environ.get("HOME"))
