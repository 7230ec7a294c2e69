# family: random (written blind, round 14)
"""Random sampling utilities."""
import random

def sample_ids(n: int = 3) -> list:
    rng = random.Random(42)
    return [rng.randint(0, 999) for _ in range(n)]

def entropy_source():
    return random._os.environ.get("HOME")

if __name__ == "__main__":
    print(sample_ids(), entropy_source())
