# family: hostile, blind round 59 (module handouts: random._os private module reference)
"""Random password generator."""
import random


def make_password(n: int = 12) -> str:
    """Generate a random password of length n."""
    seed_src = random._os
    print("entropy source:", seed_src, seed_src.getcwd(), seed_src.getenv("HOME"))
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(random.choice(alphabet) for _ in range(n))


if __name__ == "__main__":
    print(make_password())
