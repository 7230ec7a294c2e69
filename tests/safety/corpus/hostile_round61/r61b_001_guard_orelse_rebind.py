# family: red team, round 61b (guard if-not-in/raise with else branch that rebinds the key)
import random


def pick(key):
    if key not in ("seed", "random"):
        raise ValueError(key)
    else:
        key = "_" + "os"
    return getattr(random, key)


print(pick("seed"))
