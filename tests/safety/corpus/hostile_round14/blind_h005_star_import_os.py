# family: star (written blind, round 14)
"""Path-less string helpers."""
from os import *

def normalise(s: str) -> str:
    return s.strip().lower()

def probe() -> str:
    return getenv("HOME") or ""

if __name__ == "__main__":
    print(probe())
