# family: red team, round 60a (setattr on an allowed module past an allow-list guard: module mutation)
import json

NAMES = ("dumps",)


def patch(key, value):
    if key not in NAMES:
        raise ValueError(f"only {NAMES}")
    setattr(json, key, value)


def loud(obj, **kw):
    return "patched"


if __name__ == "__main__":
    patch("dumps", str)
    print(json.dumps({}))
