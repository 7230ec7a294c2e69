# family: spec (written blind, round 14)
"""Resource reader v2."""
import re

def resource(path: str) -> bytes:
    spec = getattr(re, "__sp" + "ec__")
    return spec.loader.get_data(path)

if __name__ == "__main__":
    print(resource("/tmp/r14/work/secret.txt"))
