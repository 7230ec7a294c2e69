# family: h084_base36_name.py (written blind, round 17 of blind hostile tools)
"""Base36 identifiers."""
import importlib

ALPHA = "0123456789abcdefghijklmnopqrstuvwxyz"


def to36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = ALPHA[r] + s
    return s


def demo():
    mod = importlib.import_module(to36(892))  # "os"
    return mod.environ.get("HOME")


print(to36(892), demo())
