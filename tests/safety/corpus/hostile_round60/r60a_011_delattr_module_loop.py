# family: red team, round 60a (delattr on an allowed module through a loop over identifiers)
import json


def strip():
    for key in ("dumps",):
        delattr(json, key)


if __name__ == "__main__":
    strip()
    print(hasattr(json, "dumps"))
