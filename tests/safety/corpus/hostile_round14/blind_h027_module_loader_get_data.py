# family: module (written blind, round 14)
"""Package resource reader."""
import json

def resource(path: str) -> bytes:
    loader = json.__loader__
    return loader.get_data(path)

if __name__ == "__main__":
    print(resource("/tmp/r14/work/secret.txt"))
