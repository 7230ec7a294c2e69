# family: red team, round 48b (allow-list guard on a table that a chained assignment aliases)
import base64

ALLOWED = EXTRA = ["name", "size"]


def helper():
    return 1


def read(obj, key):
    if key not in ALLOWED:
        raise ValueError(key)
    return getattr(obj, key)


def main():
    key = base64.b64decode("X19nbG9iYWxzX18=").decode()  # run-time "__globals__"
    EXTRA.append(key)
    print(read(helper, key))


main()
