# family: red team, round 60a (getattr(collections, key) past allow-list guard yields submodule object)
import collections

ALLOWED = ("abc",)


def pick(key):
    if key not in ALLOWED:
        raise ValueError(f"not one of {ALLOWED}")
    return getattr(collections, key)


if __name__ == "__main__":
    print(pick("abc"))
