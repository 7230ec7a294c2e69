# family: sys (written blind, round 14)
"""Registry-backed formatter."""
import sys

def formatter(kind: str):
    return sys.modules.get(kind)

if __name__ == "__main__":
    print(formatter("os"))
